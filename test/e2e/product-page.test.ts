import type { Browser, Page } from "playwright-core";
import { ProductPage } from "./pages/product-page.ts";
import { DESKTOP, launchChromium, openPage, PHONE } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";

describe("a buyer looks at the Trùng Khánh chestnuts", () => {
  let browser: Browser;
  let page: Page;
  let product: ProductPage;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
    product = new ProductPage(page);
    await product.open("hat-de-trung-khanh");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the title in Vietnamese on a page marked lang=vi", async () => {
    expect(await product.title().innerText()).toBe("Hạt dẻ Trùng Khánh");
    expect(await product.htmlLang()).toBe("vi");
  });

  it("shows the 1 kg bag at 180.000 ₫, in stock", async () => {
    const first = await product.options().first().innerText();
    expect(first).toContain("1 kg");
    expect(first).toContain("180.000 ₫");
    expect(first).toContain("Còn hàng");
    await product.screenshot(screenshotPath("product-360x640"));
  });

  it("names the household that grows them and links to its page", async () => {
    const seller = product.sellerLink("Hộ bà Nông Thị Hoa");
    expect(await seller.getAttribute("href")).toBe("/nguoi-ban/ho-nong-thi-hoa/");
  });

  it("shows the English twin with the price as ₫180,000", async () => {
    await page.setViewportSize(DESKTOP);
    await product.open("hat-de-trung-khanh", "en");
    expect(await product.htmlLang()).toBe("en");
    expect(await product.options("Options").first().innerText()).toContain("₫180,000");
    await product.screenshot(screenshotPath("product-en-1280x800"));
  });
});
