import type { Locator, Page } from "playwright-core";

export class HomePage {
  constructor(private readonly page: Page) {}

  async open(path: "/" | "/en/" = "/"): Promise<void> {
    await this.page.goto(path);
  }

  featured(name = "Hàng nổi bật"): Locator {
    return this.page.getByRole("region", { name });
  }

  productTitles(name?: string): Promise<string[]> {
    return this.featured(name).getByRole("heading", { level: 3 }).allInnerTexts();
  }

  categoryLinks(name = "Danh mục"): Locator {
    return this.page.getByRole("region", { name }).getByRole("link");
  }

  languageSwitch(name: "English" | "Tiếng Việt" = "English"): Locator {
    return this.page.getByRole("banner").getByRole("link", { name });
  }

  horizontalOverflow(): Promise<{ scrollWidth: number; clientWidth: number }> {
    return this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
