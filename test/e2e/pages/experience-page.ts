import type { Locator, Page } from "playwright-core";

/** /trai-nghiem/<handle>/: the calendar of dates with places, guests, and "Đặt chỗ". */
export class ExperiencePage {
  constructor(private readonly page: Page) {}

  async open(handle: string): Promise<void> {
    await this.page.goto(`/trai-nghiem/${handle}/`);
    await this.dates().first().waitFor({ state: "attached" });
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** Every date of the calendar, each a radio button named like "Thứ Bảy 5/12, còn 8 chỗ". */
  dates(): Locator {
    return this.page.getByRole("group", { name: "Chọn ngày" }).getByRole("radio");
  }

  /** The radio of one date (YYYY-MM-DD), found by the day/month it reads out. */
  date(date: string): Locator {
    const [, month, day] = date.split("-");
    return this.page.getByRole("radio", { name: new RegExp(` ${Number(day)}/${Number(month)}, `) });
  }

  async pick(date: string): Promise<void> {
    // The radio itself is visually hidden inside its tile; the tile (its label) is what a thumb taps.
    await this.page.locator("label", { has: this.date(date) }).click();
  }

  chosen(): Locator {
    return this.page.locator("[data-part=chosen]");
  }

  guests(): Locator {
    return this.page.getByRole("spinbutton", { name: "Số khách" });
  }

  async moreGuests(times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) await this.page.getByRole("button", { name: "Thêm 1 khách" }).click();
  }

  /** Books and waits until the page says so (or says why not). */
  async book(): Promise<string> {
    await this.page.getByRole("button", { name: "Đặt chỗ", exact: true }).click();
    const message = this.page.locator("form[data-booking] [data-part=message]").filter({ hasText: /\S/ });
    await message.waitFor();
    return message.innerText();
  }

  checkoutLink(): Locator {
    return this.page.getByRole("link", { name: /Đặt và trả tiền/ });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
