import type { Locator, Page } from "playwright-core";

/** Our admin extension at /app/producers ("Hộ bán hàng"): households, their status, verify, audit log. */
export class AdminProducersPage {
  constructor(private readonly page: Page) {}

  /** Through the sidebar, as an operator would, so the entry itself is exercised. */
  async openFromSidebar(): Promise<void> {
    await this.page.getByRole("link", { name: "Hộ bán hàng" }).click();
    await this.page.getByRole("heading", { name: "Hộ bán hàng", level: 1 }).waitFor();
  }

  async showPendingOnly(on: boolean): Promise<void> {
    const toggle = this.page.getByRole("button", { name: "Chỉ hộ chờ duyệt" });
    if ((await toggle.getAttribute("aria-pressed")) !== String(on)) {
      await toggle.click();
    }
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Tìm theo tên hộ" }).fill(text);
  }

  row(householdName: string): Locator {
    return this.page.getByRole("row").filter({ hasText: householdName });
  }

  /** The badge text of the household's row, once the row is on screen. */
  async statusOf(householdName: string): Promise<string> {
    const badge = this.row(householdName).getByText(/^(Chờ duyệt|Đã duyệt|Tạm khóa)$/);
    await badge.waitFor();
    return (await badge.textContent()) ?? "";
  }

  async waitForStatus(householdName: string, status: string): Promise<void> {
    await this.row(householdName).getByText(status, { exact: true }).waitFor({ timeout: 15_000 });
  }

  /** Clicks "Duyệt" and confirms in the prompt. */
  async verify(householdName: string): Promise<void> {
    await this.row(householdName).getByRole("button", { name: `Duyệt ${householdName}` }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Duyệt" }).click();
  }

  /** The text of the toast that follows an action. */
  async notice(pattern: RegExp): Promise<string> {
    const toast = this.page.getByText(pattern);
    await toast.waitFor();
    return (await toast.textContent()) ?? "";
  }

  async openAuditLog(householdName: string): Promise<string[]> {
    await this.row(householdName).getByRole("button", { name: `Nhật ký ${householdName}` }).click();
    const entries = this.page.getByRole("list", { name: "Nhật ký hoạt động" }).getByRole("listitem");
    await entries.first().waitFor();
    return entries.allTextContents();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
