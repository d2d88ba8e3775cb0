import type { Locator, Page } from "playwright-core";

export class ProductPage {
  constructor(private readonly page: Page) {}

  async open(handle: string, locale: "vi" | "en" = "vi"): Promise<void> {
    await this.page.goto(locale === "vi" ? `/san-pham/${handle}/` : `/en/products/${handle}/`);
  }

  title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** One row per variant: its label, price and stock. */
  options(name = "Chọn loại"): Locator {
    return this.page.getByRole("region", { name }).getByRole("listitem");
  }

  sellerLink(name: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name });
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator("html").getAttribute("lang");
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
