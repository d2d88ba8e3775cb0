import type { Locator, Page } from "playwright-core";

/** /gio-hang/: the lines grouped by household. */
export class CartPage {
  constructor(private readonly page: Page) {}

  /** Opens the cart and waits until it has drawn its lines or its empty message. */
  async open(locale: "vi" | "en" = "vi"): Promise<void> {
    await this.page.goto(locale === "vi" ? "/gio-hang/" : "/en/cart/");
    await this.page.getByRole("status").filter({ hasText: /Đang tải|Loading/ }).waitFor({ state: "hidden" });
  }

  /** The household headings, one per parcel. */
  households(): Locator {
    return this.page.getByRole("main").getByRole("heading", { level: 2 });
  }

  household(name: string): Locator {
    return this.page.getByRole("main").locator("section").filter({ has: this.page.getByRole("heading", { name, level: 2 }) });
  }

  line(product: string): Locator {
    return this.page.getByRole("main").getByRole("listitem").filter({ has: this.page.getByRole("link", { name: product }) });
  }

  async more(product: string): Promise<void> {
    await this.line(product).getByRole("button", { name: "Thêm 1" }).click();
  }

  async remove(product: string): Promise<void> {
    await this.line(product).getByRole("button", { name: "Bỏ khỏi giỏ" }).click();
    await this.line(product).getByRole("button", { name: "Có, bỏ đi" }).click();
  }

  itemTotal(): Locator {
    return this.page.getByText("Tiền hàng").locator("..");
  }

  emptyMessage(): Locator {
    return this.page.getByText("Giỏ hàng đang trống.");
  }

  checkoutLink(): Locator {
    return this.page.getByRole("link", { name: "Đặt hàng" });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
