import type { Locator, Page } from "playwright-core";

/** The header search box and the results page at /tim-kiem/. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  async openHome(): Promise<void> {
    await this.page.goto("/");
  }

  async open(query: string): Promise<void> {
    await this.page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  }

  box(): Locator {
    return this.page.getByRole("combobox", { name: "Tìm hàng" });
  }

  async type(text: string): Promise<void> {
    await this.box().click();
    await this.box().pressSequentially(text, { delay: 40 });
  }

  suggestions(): Locator {
    return this.page.getByRole("listbox", { name: "Gợi ý" }).getByRole("option");
  }

  suggestion(name: string): Locator {
    return this.page.getByRole("option", { name });
  }

  async press(key: string): Promise<void> {
    await this.box().press(key);
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  status(): Locator {
    return this.page.getByRole("status");
  }

  result(name: string): Locator {
    return this.page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link", { name, exact: true });
  }

  results(): Locator {
    return this.page.getByRole("main").getByRole("heading", { level: 2 });
  }

  filterToggle(): Locator {
    return this.page.getByRole("main").locator("summary", { hasText: /Lọc và xếp|Filter and sort/ });
  }

  /** Unfolds "Lọc và xếp" (folded on a phone, open on a wide screen). */
  async openFilters(): Promise<void> {
    const open = await this.page.locator("details[data-part=filters]").evaluate((details) => (details as HTMLDetailsElement).open);
    if (!open) await this.filterToggle().click();
  }

  facet(name: string | RegExp): Locator {
    return this.page.getByRole("navigation", { name: "Lọc kết quả" }).getByRole("link", { name });
  }

  categoryLink(name: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name, exact: true });
  }

  text(content: string): Locator {
    return this.page.getByText(content);
  }

  url(): string {
    return this.page.url();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
