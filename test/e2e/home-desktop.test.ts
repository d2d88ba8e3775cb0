import type { Browser } from "playwright-core";
import { HomePage } from "./pages/home-page.ts";
import { DESKTOP, launchChromium, openPage } from "./support/browser.ts";
import { seed } from "./support/catalog.ts";
import { screenshotPath } from "./support/screenshots.ts";

describe("a visitor from abroad reads the English home page on a laptop", () => {
  let browser: Browser;
  let home: HomePage;

  beforeAll(async () => {
    browser = await launchChromium();
    home = new HomePage(await openPage(browser, DESKTOP));
    await home.open("/en/");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists products by their English titles", async () => {
    const titles = await home.productTitles("Featured");
    const seedTitles = seed.products.map((product) => product.title.en);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    for (const title of titles) expect(seedTitles).toContain(title);
    await home.screenshot(screenshotPath("home-en-1280x800"));
  });

  it("links back to the Vietnamese home page", async () => {
    expect(await home.languageSwitch("Tiếng Việt").getAttribute("href")).toBe("/");
  });
});
