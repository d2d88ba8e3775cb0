import type { Locator, Page } from "playwright-core";

export interface BuyerAddress {
  name: string;
  phone: string;
  province: string;
  ward: string;
  street: string;
  email?: string;
}

/** /thanh-toan/: address, parcels with shipping, payment, and the confirmation. */
export class CheckoutPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/thanh-toan/");
    await this.field("Họ và tên").waitFor();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillAddress(address: BuyerAddress): Promise<void> {
    await this.field("Họ và tên").fill(address.name);
    await this.field("Số điện thoại").fill(address.phone);
    await this.page.getByRole("combobox", { name: "Tỉnh / thành phố" }).selectOption({ label: address.province });
    await this.field("Xã / phường").fill(address.ward);
    await this.field("Số nhà, đường, thôn / xóm").fill(address.street);
    if (address.email) await this.field("Email (không bắt buộc)").fill(address.email);
  }

  async workOutShipping(): Promise<void> {
    await this.page.getByRole("button", { name: /Tính (lại )?tiền gửi hàng/ }).click();
  }

  /** The message linked to a field by aria-describedby. */
  async errorOf(label: string): Promise<string> {
    return (await this.field(label).evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "))).trim();
  }

  focusedLabel(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el && "labels" in el ? ((el as HTMLInputElement).labels?.[0]?.textContent ?? "").trim() : "";
    });
  }

  parcelsHeading(): Locator {
    return this.page.getByRole("heading", { name: "Các gói hàng", level: 2 });
  }

  /** One list item per household parcel (the quote before payment, or the placed order). */
  parcels(): Locator {
    return this.page.getByRole("main").getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 3 }) })
      .filter({ visible: true });
  }

  parcel(household: string): Locator {
    return this.parcels().filter({ has: this.page.getByRole("heading", { name: household, level: 3 }) });
  }

  /** A figure beside its label: "Tiền hàng", "Tiền gửi hàng", "Tổng cộng", "Số tiền"… */
  figure(label: string): Locator {
    return this.page.locator(`xpath=//main//dt[normalize-space()="${label}"]/following-sibling::dd`).filter({ visible: true });
  }

  paymentOption(name: string): Locator {
    return this.page.getByRole("radio", { name });
  }

  paymentOptions(): Locator {
    return this.page.getByRole("group", { name: "Cách trả tiền" }).getByRole("radio");
  }

  async placeOrder(): Promise<void> {
    await this.page.getByRole("button", { name: "Đặt hàng", exact: true }).click();
  }

  confirmationHeading(): Locator {
    return this.page.getByRole("heading", { name: "Đã đặt hàng", level: 1 });
  }

  orderNumber(): Locator {
    return this.page.getByText(/^CP-\d+$/);
  }

  alert(): Locator {
    return this.page.getByRole("main").getByRole("alert");
  }

  progress(): Locator {
    return this.page.getByRole("main").getByRole("status").filter({ hasText: /\S/ });
  }

  qrCode(): Locator {
    return this.page.getByRole("img", { name: /^Mã QR chuyển khoản/ });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
