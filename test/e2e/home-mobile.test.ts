import type { Browser } from "playwright-core";
import { HomePage } from "./pages/home-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { seed } from "./support/catalog.ts";
import { screenshotPath } from "./support/screenshots.ts";

describe("a buyer opens the home page on a 360 px phone", () => {
  let browser: Browser;
  let home: HomePage;

  beforeAll(async () => {
    browser = await launchChromium();
    home = new HomePage(await openPage(browser, PHONE));
    await home.open("/");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("fits the screen without horizontal scrolling", async () => {
    const { scrollWidth } = await home.horizontalOverflow();
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await home.screenshot(screenshotPath("home-360x640"));
  });

  it("lists products by their Vietnamese titles", async () => {
    const titles = await home.productTitles();
    const seedTitles = seed.products.map((product) => product.title.vi);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    for (const title of titles) expect(seedTitles).toContain(title);
  });

  it("offers every category and the English twin", async () => {
    expect(await home.categoryLinks().count()).toBe(6);
    expect(await home.languageSwitch().getAttribute("href")).toBe("/en/");
  });
});
