import type { Browser, Page } from "playwright-core";
import { SearchPage } from "./pages/search-page.ts";
import { DESKTOP, launchChromium, openPage, PHONE } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";

describe("a buyer on a phone searches without typing the marks", () => {
  let browser: Browser;
  let page: Page;
  let search: SearchPage;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
    search = new SearchPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("suggests Hạt dẻ Trùng Khánh for 'hat de' typed in the header", async () => {
    await search.openHome();
    await search.type("hat de");
    await search.suggestion("Hạt dẻ Trùng Khánh").waitFor();
    expect(await search.suggestions().count()).toBeLessThanOrEqual(5);
    expect(await search.box().getAttribute("aria-expanded")).toBe("true");
    await search.screenshot(screenshotPath("search-suggestions-360x640"));
  });

  it("opens the chosen suggestion with the arrow keys and Enter", async () => {
    const options = await search.suggestions().allInnerTexts();
    const position = options.findIndex((text) => text.startsWith("Hạt dẻ Trùng Khánh"));
    for (let i = 0; i <= position; i += 1) await search.press("ArrowDown");
    expect(await search.box().getAttribute("aria-activedescendant")).toBe(`site-search-list-${position}`);
    await Promise.all([page.waitForURL("**/san-pham/hat-de-trung-khanh/"), search.press("Enter")]);
    expect(await search.heading().innerText()).toBe("Hạt dẻ Trùng Khánh");
  });

  it("lists Miến dong Phja Đén for 'mien dong'", async () => {
    await search.open("mien dong");
    await search.result("Miến dong Phja Đén").waitFor();
    expect(await search.status().innerText()).toContain("mien dong");
    await search.screenshot(screenshotPath("search-results-360x640"));
  });

  it("narrows the results with a facet and writes it into the address", async () => {
    await search.open("hat de");
    await search.result("Hạt dẻ Trùng Khánh").waitFor();
    await search.openFilters();
    await search.facet(/^4 sao/).click();
    await page.waitForURL(/ocop_min=4/);
    // The list is redrawn after the address changes; wait for the unstarred one to go.
    await search.result("Hạt dẻ rang củi").waitFor({ state: "detached", timeout: 10_000 });
    await search.result("Hạt dẻ Trùng Khánh").waitFor();
    const titles = await search.results().allInnerTexts();
    expect(titles).not.toContain("Hạt dẻ rang củi");
    expect(new URL(search.url()).searchParams.get("ocop_min")).toBe("4");
    expect(await search.filterToggle().textContent()).toBe("Lọc và xếp (1)");
  });

  it("keeps the filters folded on a phone so the first result is above the fold", async () => {
    await search.open("hat de");
    const first = search.result("Hạt dẻ Trùng Khánh");
    await first.waitFor();
    expect(await search.facet(/^4 sao/).isVisible()).toBe(false);
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
    await search.filterToggle().click();
    await search.facet(/^4 sao/).waitFor();
  });

  it("shows the empty state with category links when nothing matches", async () => {
    await search.open("xyzzyqwv");
    await search.text("Không tìm thấy hàng nào.").waitFor();
    expect(await search.categoryLink("Nông sản tươi").getAttribute("href")).toBe("/danh-muc/nong-san/");
  });

  it("lays the results out on a desktop screen", async () => {
    await page.setViewportSize(DESKTOP);
    await search.open("hat de");
    await search.result("Hạt dẻ Trùng Khánh").waitFor();
    await search.screenshot(screenshotPath("search-results-1280x800"));
  });
});
