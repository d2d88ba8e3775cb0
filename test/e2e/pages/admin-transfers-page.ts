import type { Locator, Page } from "playwright-core";

/** Our admin extension at /app/transfers ("Chuyển khoản chờ xác nhận"): VietQR orders awaiting money. */
export class AdminTransfersPage {
  constructor(private readonly page: Page) {}

  async openFromSidebar(): Promise<void> {
    await this.page.getByRole("link", { name: "Chuyển khoản chờ xác nhận" }).click();
    await this.page.getByRole("heading", { name: "Chuyển khoản chờ xác nhận", level: 1 }).waitFor();
  }

  row(orderNumber: string): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("cell", { name: orderNumber, exact: true }) });
  }

  /** The row's cells as text, once the row is on screen. */
  async cellsOf(orderNumber: string): Promise<string[]> {
    await this.row(orderNumber).waitFor();
    return (await this.row(orderNumber).getByRole("cell").allInnerTexts()).map((text) => text.replace(/\u00a0/g, " ").trim());
  }

  /** Opens the row's drawer, types the amount, and answers "yes" to the question that follows. */
  async confirmReceived(orderNumber: string, amount: string): Promise<void> {
    await this.row(orderNumber).getByRole("button", { name: `Xác nhận đã nhận tiền ${orderNumber}`, exact: true }).click();
    await this.enterAmountAndConfirm(amount);
  }

  /** In the drawer that is already open (after an error, for another try). */
  async enterAmountAndConfirm(amount: string): Promise<void> {
    const drawer = this.page.getByRole("dialog");
    await drawer.getByLabel("Số tiền đã nhận (theo sao kê)").fill(amount);
    await drawer.getByRole("button", { name: "Ghi nhận" }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Đúng, đã nhận" }).click();
  }

  /** The error the drawer shows after a refused confirmation. */
  async drawerError(): Promise<string> {
    const alert = this.page.getByRole("dialog").getByRole("alert");
    await alert.waitFor();
    return (await alert.innerText()).trim();
  }

  async waitUntilGone(orderNumber: string): Promise<void> {
    await this.row(orderNumber).waitFor({ state: "detached", timeout: 15_000 });
  }

  async notice(pattern: RegExp): Promise<string> {
    const toast = this.page.getByText(pattern);
    await toast.waitFor();
    return ((await toast.textContent()) ?? "").replace(/\u00a0/g, " ");
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
