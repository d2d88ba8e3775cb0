import type { Locator, Page } from "playwright-core";

/** The seller page's "Đơn hàng" and "Tiền của tôi" screens, after signing in (see SellerPage). */
export class SellerOrdersPage {
  constructor(readonly page: Page) {}

  orders(): Locator {
    return this.page.locator('[data-part="orders"] > li');
  }

  /** The card of one parcel, found by its heading "Đơn CP-12". */
  order(number: string): Locator {
    return this.orders().filter({ has: this.page.getByRole("heading", { name: `Đơn ${number}`, exact: true }) });
  }

  callLink(number: string): Locator {
    return this.order(number).getByRole("link", { name: /Gọi/ });
  }

  /** The big button of the next step; its name is "<step>: Đơn <number>". */
  stepButton(number: string, step: string): Locator {
    return this.page.getByRole("button", { name: `${step}: Đơn ${number}`, exact: true });
  }

  async takeStep(number: string, step: string): Promise<void> {
    await this.stepButton(number, step).click();
  }

  /** What the page says under the card after a step (done, or the server's refusal). */
  message(number: string): Locator {
    return this.order(number).getByRole("status");
  }

  shipDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Gửi hàng qua đâu?" });
  }

  async chooseCarrier(name: string): Promise<void> {
    await this.shipDialog().getByRole("radio", { name }).check();
  }

  async writeTrackingCode(code: string): Promise<void> {
    await this.shipDialog().getByLabel("Mã vận đơn").fill(code);
  }

  async confirmShip(): Promise<void> {
    await this.shipDialog().getByRole("button", { name: "Đã gửi", exact: true }).click();
  }

  carrierError(): Locator {
    return this.shipDialog().locator('[data-error="carrier"]');
  }

  cashDialog(): Locator {
    return this.page.getByRole("dialog", { name: /^Bạn đã nhận đủ/ });
  }

  async confirmCash(): Promise<void> {
    await this.cashDialog().getByRole("button", { name: "Đã nhận đủ tiền" }).click();
  }

  /** "Chợ sẽ trả cho bạn": the big amount on "Tiền của tôi". */
  owed(): Locator {
    return this.page.locator('[data-part="owed"]');
  }

  entries(): Locator {
    return this.page.locator('[data-part="entries"] > li');
  }

  /** An entry whose words are exactly these: "đơn CP-3" must not also find "đơn CP-32". */
  entry(words: string): Locator {
    return this.entries().filter({ has: this.page.getByText(words, { exact: true }) });
  }
}
