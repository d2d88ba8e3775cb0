import type { Browser } from "playwright-core";
import { ProducerPage } from "./pages/producer-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";

describe("a buyer visits the household behind a product", () => {
  let browser: Browser;
  let producer: ProducerPage;

  beforeAll(async () => {
    browser = await launchChromium();
    producer = new ProducerPage(await openPage(browser, PHONE));
    await producer.open("ho-luc-van-tuan");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the household's name and the things it sells", async () => {
    expect(await producer.name().innerText()).toBe("Hộ ông Lục Văn Tuấn");
    const products = await producer.products().allInnerTexts();
    expect(products.join("\n")).toContain("Hạt dẻ rang củi");
    expect(products.join("\n")).toContain("Mật ong rừng Trùng Khánh");
    await producer.screenshot(screenshotPath("producer-360x640"));
  });
});
