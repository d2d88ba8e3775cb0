import type { Locator, Page } from "playwright-core";

export class ProducerPage {
  constructor(private readonly page: Page) {}

  async open(handle: string, locale: "vi" | "en" = "vi"): Promise<void> {
    await this.page.goto(locale === "vi" ? `/nguoi-ban/${handle}/` : `/en/producers/${handle}/`);
  }

  name(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  products(name = "Hàng của người bán này"): Locator {
    return this.page.getByRole("region", { name }).getByRole("listitem");
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
