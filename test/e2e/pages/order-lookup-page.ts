import type { Download, Locator, Page } from "playwright-core";

/** /don-hang/: find an order by its number and the buyer's phone. */
export class OrderLookupPage {
  constructor(private readonly page: Page) {}

  async open(number?: string): Promise<void> {
    await this.page.goto(number ? `/don-hang/?so=${encodeURIComponent(number)}` : "/don-hang/");
  }

  numberField(): Locator {
    return this.page.getByLabel("Số đơn hàng", { exact: true });
  }

  async lookUp(number: string, phone: string): Promise<void> {
    await this.numberField().fill(number);
    await this.page.getByLabel("Số điện thoại", { exact: true }).fill(phone);
    await this.page.getByRole("button", { name: "Tra", exact: true }).click();
    // Either the order or a message; both replace what was there.
    await this.page.getByRole("main").getByText(/^CP-\d+$/).or(this.alert()).first().waitFor();
  }

  alert(): Locator {
    return this.page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });
  }

  orderNumber(): Locator {
    return this.page.getByRole("main").getByText(/^CP-\d+$/);
  }

  parcels(): Locator {
    return this.page.getByRole("main").getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 3 }) });
  }

  parcelStatus(household: string): Locator {
    return this.parcels().filter({ has: this.page.getByRole("heading", { name: household, level: 3 }) }).getByText(/^Tình trạng:/);
  }

  paymentLine(): Locator {
    return this.page.getByRole("main").getByText(/^Cách trả tiền:/);
  }

  qrCode(): Locator {
    return this.page.getByRole("img", { name: /^Mã QR chuyển khoản/ });
  }

  myDataSection(): Locator {
    return this.page.getByRole("region", { name: "Dữ liệu của bạn" });
  }

  /** Presses "Tải về dữ liệu của tôi" and waits for the file the browser saves. */
  async downloadMyData(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.myDataSection().getByRole("button", { name: "Tải về dữ liệu của tôi" }).click();
    return download;
  }

  async openErase(): Promise<Locator> {
    await this.myDataSection().getByRole("button", { name: "Xoá thông tin của tôi" }).click();
    return this.eraseDialog();
  }

  eraseDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Xoá thông tin của bạn?" });
  }

  async answerErase(choice: "Xoá" | "Thôi"): Promise<void> {
    await this.eraseDialog().getByRole("button", { name: choice, exact: true }).click();
  }

  /** The section's line that tells what happened (file saved, erased, refused). */
  myDataStatus(): Locator {
    return this.myDataSection().getByRole("status");
  }

  mainText(): Promise<string> {
    return this.page.getByRole("main").innerText();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
