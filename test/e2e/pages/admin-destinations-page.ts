import type { Locator, Page } from "playwright-core";

/** Our admin extension at /app/destinations ("Điểm đến"): list, editor, photos, product links. */
export class AdminDestinationsPage {
  constructor(private readonly page: Page) {}

  async openFromSidebar(): Promise<void> {
    await this.page.getByRole("link", { name: "Điểm đến" }).first().click();
    await this.page.getByRole("heading", { name: "Điểm đến", level: 1 }).waitFor();
  }

  async startNew(): Promise<void> {
    await this.page.getByRole("link", { name: "Viết điểm đến mới" }).click();
    await this.page.getByRole("heading", { name: "Điểm đến mới", level: 1 }).waitFor();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  /** The sanitised preview beside a Markdown box, once it shows `text`. */
  preview(id: string): Locator {
    return this.page.getByTestId(`${id}-preview`);
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await this.page.getByRole("heading", { name: "Ảnh", level: 2 }).waitFor({ timeout: 30_000 });
  }

  async uploadCover(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel("Chọn ảnh bìa").setInputFiles(file);
    await this.page.getByTestId("destination-cover").waitFor({ timeout: 60_000 });
  }

  async linkProduct(search: string, title: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Tìm sản phẩm hoặc trải nghiệm để gắn" }).fill(search);
    await this.page.getByRole("button", { name: `Gắn ${title}`, exact: true }).click();
    await this.page.getByRole("list", { name: "Đã gắn" }).getByText(title).waitFor();
  }

  async publish(): Promise<void> {
    await this.page.getByRole("button", { name: "Đăng", exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Đăng", exact: true }).click();
    // The editor reloads the page after publishing: "Gỡ xuống" replaces "Đăng" then.
    await this.page.getByRole("button", { name: "Gỡ xuống", exact: true }).waitFor();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
