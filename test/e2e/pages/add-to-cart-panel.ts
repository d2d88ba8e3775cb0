import type { Locator, Page } from "playwright-core";

/** The "Thêm vào giỏ" form on a product page, and the header's cart link. */
export class AddToCartPanel {
  constructor(private readonly page: Page) {}

  async openProduct(handle: string): Promise<void> {
    await this.page.goto(`/san-pham/${handle}/`);
  }

  async choose(variant: string): Promise<void> {
    const select = this.page.getByRole("combobox", { name: "Chọn loại" });
    const option = select.getByRole("option", { name: variant });
    await select.selectOption({ label: (await option.textContent()) ?? variant });
  }

  async more(times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) await this.page.getByRole("button", { name: "Thêm 1" }).click();
  }

  quantity(): Locator {
    return this.page.getByRole("spinbutton", { name: "Số lượng" });
  }

  /** Adds and waits until the page says so (or says why not). */
  async add(): Promise<string> {
    await this.page.getByRole("button", { name: "Thêm vào giỏ" }).click();
    const message = this.page.getByRole("main").getByRole("status").filter({ hasText: /\S/ });
    await message.waitFor();
    return message.innerText();
  }

  cartLink(): Locator {
    return this.page.getByRole("banner").getByRole("link", { name: /^Giỏ hàng/ });
  }
}
