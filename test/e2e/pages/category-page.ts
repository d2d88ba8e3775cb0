import type { Locator, Page } from "playwright-core";

/** A category page and its pager, by role and name as a buyer (or a screen reader) meets them. */
export class CategoryPage {
  constructor(private readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  pager(name = "Các trang"): Locator {
    return this.page.getByRole("navigation", { name });
  }

  next(name = "Trang sau", pager = "Các trang"): Locator {
    return this.pager(pager).getByRole("link", { name, exact: true });
  }

  previous(name = "Trang trước", pager = "Các trang"): Locator {
    return this.pager(pager).getByRole("link", { name, exact: true });
  }

  currentPage(): Locator {
    return this.pager().locator('a[aria-current="page"]');
  }

  /** The chip marked current in the list of categories under the products. */
  currentCategoryChip(name = "Danh mục"): Locator {
    return this.page.getByRole("navigation", { name, exact: true }).locator("a[aria-current]");
  }

  /** The product cards' titles, in the order the page lists them. */
  productTitles(): Promise<string[]> {
    return this.page.getByRole("main").getByRole("list").first().getByRole("heading", { level: 3 }).allInnerTexts();
  }

  languageSwitch(lang: "vi" | "en"): Locator {
    return this.page.locator(`header a[hreflang="${lang}"]`);
  }

  linkHref(rel: "canonical" | "alternate"): Promise<string | null> {
    return this.page.locator(`head link[rel="${rel}"]`).getAttribute("href");
  }

  /** Presses Tab until `target` has the keyboard focus; how many presses it took, or -1 after `most`. */
  async tabTo(target: Locator, most = 120): Promise<number> {
    for (let presses = 1; presses <= most; presses++) {
      await this.page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return presses;
    }
    return -1;
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
