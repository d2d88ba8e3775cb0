import type { Browser, Page } from "playwright-core";
import { A11Y_PAGES, type A11yPage } from "./support/a11y-pages.ts";
import { axeProblems, layoutShift, sidewaysOverflow, smallTargets, tabTo, widestElements } from "./support/a11y-checks.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";

/**
 * 200 % browser zoom on a 360 px phone leaves a 180 CSS px layout viewport, and media queries
 * see 180 px, so a 180 px-wide viewport is what zoom does to layout. CSS `zoom` on <html>
 * would not re-run media queries and so would test a layout no zoomed phone shows.
 */
const ZOOMED = { width: PHONE.width / 2, height: PHONE.height / 2 };

async function load(page: Page, target: A11yPage): Promise<void> {
  await page.goto(target.path, { waitUntil: "load" });
  if (target.ready) await page.locator(target.ready).first().waitFor({ state: "visible" });
}

describe("every page type can be used by everyone on a small phone", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(A11Y_PAGES)("$name ($path)", (target) => {
    it("is marked with its language and has no serious or critical axe violation", async () => {
      await page.setViewportSize(PHONE);
      await load(page, target);
      expect(await page.locator("html").getAttribute("lang")).toBe(target.lang);
      const problems = await axeProblems(page);
      expect(problems, `axe on ${target.name}:\n  ${problems.join("\n  ")}`).toEqual([]);
    });

    it("has touch targets of at least 44×44 px apart from links inside sentences", async () => {
      await page.setViewportSize(PHONE);
      await load(page, target);
      const small = await smallTargets(page);
      expect(small, `small targets on ${target.name}:\n  ${small.join("\n  ")}`).toEqual([]);
    });

    it("does not jump about while it loads (layout shift under 0.1, the 'good' Web Vitals mark)", async () => {
      await page.setViewportSize(PHONE);
      await load(page, target);
      expect(await layoutShift(page)).toBeLessThan(0.1);
    });

    it("does not scroll sideways at 360 px nor at 200 % zoom", async () => {
      for (const viewport of [PHONE, ZOOMED]) {
        await page.setViewportSize(viewport);
        await load(page, target);
        const overflow = await sidewaysOverflow(page);
        const culprits = overflow > 0 ? await widestElements(page) : [];
        expect(overflow, `${target.name} at ${viewport.width} px:\n  ${culprits.join("\n  ")}`).toBe(0);
      }
    });

    it("reaches its main actions by Tab with a visible focus indicator", async () => {
      await page.setViewportSize(PHONE);
      for (const selector of target.keyTargets) {
        await load(page, target);
        const stop = await tabTo(page, selector);
        expect(stop, `Tab never reached ${selector} on ${target.name}`).not.toBeNull();
        expect(stop?.indicator, `no focus indicator on ${selector} on ${target.name}`).not.toBe("");
      }
    });
  });

  it("has no serious or critical axe violation with the header's suggestions open", async () => {
    await page.setViewportSize(PHONE);
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Tìm hàng" });
    await box.click();
    await box.pressSequentially("hat de", { delay: 40 });
    await page.getByRole("option", { name: "Hạt dẻ Trùng Khánh" }).waitFor();
    const problems = await axeProblems(page);
    expect(problems, `axe with suggestions open:\n  ${problems.join("\n  ")}`).toEqual([]);
  });
});
