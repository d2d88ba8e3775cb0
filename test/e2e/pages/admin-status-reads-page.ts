import type { Locator, Page } from "playwright-core";

/** "Xem mức sống" on a household's row of /app/producers, and the log page of those reads. */
export class AdminStatusReadsPage {
  constructor(private readonly page: Page) {}

  drawer(): Locator {
    return this.page.getByRole("dialog", { name: /^Mức sống — / });
  }

  async openStatus(householdName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Xem mức sống ${householdName}` }).click();
    await this.drawer().waitFor();
  }

  async giveReason(reason: string): Promise<void> {
    await this.drawer().getByLabel("Lý do xem").fill(reason);
    await this.drawer().getByRole("button", { name: "Xem mức sống" }).click();
  }

  alert(): Locator {
    return this.drawer().getByRole("alert");
  }

  /** The status in words and the "recorded" line, once shown. */
  result(): Locator {
    return this.drawer().getByRole("status");
  }

  async openLog(): Promise<void> {
    await this.page.getByRole("link", { name: "Nhật ký xem mức sống" }).first().click();
    await this.page.getByRole("heading", { name: "Nhật ký xem mức sống", level: 1 }).waitFor();
  }

  logRow(text: string): Locator {
    return this.page.getByRole("table", { name: "Nhật ký xem mức sống" }).getByRole("row").filter({ hasText: text });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
