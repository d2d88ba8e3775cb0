import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext } from "playwright-core";
import { createListing, deleteListing, DEMO_SELLER, type Listing, setPublished, signInSeller } from "#scripts/lib/storefront/freshness-probe.ts";
import { startStaticServer, type RunningStaticServer } from "#scripts/serve/static-server.ts";
import { CategoryPage } from "./pages/category-page.ts";
import { axeProblems, smallTargets } from "./support/a11y-checks.ts";
import { DESKTOP, launchChromium, PHONE } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

/**
 * The seed catalog has a handful of products per category, so these builds page it small
 * (STOREFRONT_PAGE_SIZE) into a folder of their own, served by the project's static server:
 * the stack's own site and its page size stay as they are.
 */
const BUILD_MS = 8 * 60_000;
const CATEGORY = "nong-san";

/**
 * A storefront build into `outDir` at `pageSize` cards a page: full, or partial from the
 * live build there when `changed` names products. Returns the build's plan ("full", "incremental").
 */
async function build(outDir: string, pageSize: number, changed?: string[]): Promise<string> {
  const script = path.resolve("scripts/lib/storefront/build-main.ts");
  const { stdout } = await promisify(execFile)(process.execPath, [script, outDir, ...(changed ? [changed.join(",")] : [])], {
    env: {
      ...process.env,
      MEDUSA_URL: stack.medusaUrl,
      MEDUSA_PUBLISHABLE_KEY: process.env.CHO_PHIEN_PUBLISHABLE_KEY ?? "",
      STOREFRONT_PAGE_SIZE: String(pageSize),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const outcome = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { plan?: { kind?: string } };
  return outcome.plan?.kind ?? "unknown";
}

describe("a buyer on a cheap phone pages through a category by keyboard, without JavaScript", () => {
  let work: string;
  let server: RunningStaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let category: CategoryPage;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "cho-phien-paging-"));
    const outDir = path.join(work, "storefront");
    expect(await build(outDir, 2)).toBe("full");
    server = await startStaticServer({ root: outDir, port: 0 });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, baseURL: server.url, javaScriptEnabled: false });
    category = new CategoryPage(await context.newPage());
  }, BUILD_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("reaches 'Trang sau' with Tab from page 1, opens page 2 with Enter, and page 2 names itself", async () => {
    await category.open(`/danh-muc/${CATEGORY}/`);
    const heading = await category.heading().innerText();
    const firstTitles = await category.productTitles();
    expect(firstTitles).toHaveLength(2);
    const pager = await category.pager().innerText();
    const count = Number(/Trang 1 \/ (\d+)/.exec(pager)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await category.currentPage().innerText()).toBe("1");
    expect(await category.currentCategoryChip().getAttribute("aria-current")).toBe("page");
    expect(await category.previous().count()).toBe(0);

    expect(await category.tabTo(category.next())).toBeGreaterThan(0);
    await category.press("Enter");
    await category.currentPage().filter({ hasText: "2" }).waitFor();

    expect(new URL(category.heading().page().url()).pathname).toBe(`/danh-muc/${CATEGORY}/trang/2/`);
    expect(await category.heading().innerText()).toBe(heading);
    expect(await category.heading().page().title()).toBe(`${heading} – Trang 2 / ${count} – Chợ Phiên`);
    expect(await category.currentPage().getAttribute("aria-label")).toBe("Trang 2");
    // The category stays marked on page 2; its chip leads to page 1, so it is the current item, not the current page.
    expect(await category.currentCategoryChip().getAttribute("aria-current")).toBe("true");
    expect(await category.currentCategoryChip().getAttribute("href")).toBe(`/danh-muc/${CATEGORY}/`);
    const secondTitles = await category.productTitles();
    expect(secondTitles.length).toBeGreaterThan(0);
    expect(secondTitles.filter((title) => firstTitles.includes(title))).toEqual([]);
    expect(new URL((await category.linkHref("canonical")) ?? "").pathname).toBe(`/danh-muc/${CATEGORY}/trang/2/`);
    expect(new URL((await category.linkHref("alternate")) ?? "").pathname).toBe(`/en/categories/${CATEGORY}/page/2/`);
    expect(await category.languageSwitch("en").getAttribute("href")).toBe(`/en/categories/${CATEGORY}/page/2/`);
    expect(await category.previous().getAttribute("href")).toBe(`/danh-muc/${CATEGORY}/`);
    expect(await smallTargets(category.heading().page())).toEqual([]);
    await category.screenshot(screenshotPath("category-page-2-360x640"));
  });

  it("keeps the page number across the language switch, in English words", async () => {
    await category.open(`/danh-muc/${CATEGORY}/trang/2/`);
    await category.languageSwitch("en").click();
    await category.pager("Pages").waitFor();
    expect(new URL(category.heading().page().url()).pathname).toBe(`/en/categories/${CATEGORY}/page/2/`);
    expect(await category.pager("Pages").innerText()).toMatch(/Page 2 of \d+/);
    expect(await category.previous("Previous page", "Pages").getAttribute("href")).toBe(`/en/categories/${CATEGORY}/`);
    expect(await category.languageSwitch("vi").getAttribute("href")).toBe(`/danh-muc/${CATEGORY}/trang/2/`);
  });

  it("lays the pager out for a wide screen too, with no serious accessibility problem", async () => {
    const wide = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = new CategoryPage(await wide.newPage());
      await page.open(`/danh-muc/${CATEGORY}/trang/2/`);
      expect(await page.currentPage().innerText()).toBe("2");
      // axe runs as a script in the page, so this context has JavaScript on.
      expect(await axeProblems(page.heading().page())).toEqual([]);
      await page.screenshot(screenshotPath("category-page-2-1280x800"));
    } finally {
      await wide.close();
    }
  });

  it("serves later pages with the site's Content-Security-Policy and lists them in the sitemap", async () => {
    const response = await fetch(new URL(`/danh-muc/${CATEGORY}/trang/2/`, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    const sitemap = await (await fetch(new URL("/sitemap.xml", server.url))).text();
    expect(sitemap).toContain(`/danh-muc/${CATEGORY}/trang/2/</loc>`);
    expect(sitemap).toContain(`/en/categories/${CATEGORY}/page/2/</loc>`);
  });
});

describe("a category that shrinks after a product leaves it", () => {
  const probe = { medusaUrl: stack.medusaUrl, storefrontUrl: stack.storefrontUrl };
  let work: string;
  let token: string;
  let listing: Listing | undefined;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "cho-phien-shrink-"));
    token = await signInSeller(probe);
  });

  afterAll(async () => {
    if (listing) await deleteListing(probe, token, listing).catch(() => undefined);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it(
    "loses its last page in the partial build after one product is unpublished (one product a page)",
    async () => {
      listing = await createListing(probe, token, "trang");
      await setPublished(probe, token, listing, true);
      const outDir = path.join(work, "storefront");
      expect(await build(outDir, 1)).toBe("full");
      const site = () => realpathSync(outDir);
      // The numbers of a listing's later pages; none (no folder) when it fits on one page.
      const later = (folder: string) =>
        existsSync(path.join(site(), folder)) ? readdirSync(path.join(site(), folder)).map(Number).sort((a, b) => a - b) : [];
      const categoryPages = later(`danh-muc/${CATEGORY}/trang`);
      const householdPages = later(`nguoi-ban/${DEMO_SELLER.household}/trang`);
      expect(householdPages.length).toBeGreaterThan(0);
      // A household's later pages name themselves too, in both languages.
      const household = readFileSync(path.join(site(), `nguoi-ban/${DEMO_SELLER.household}/trang/2/index.html`), "utf8");
      expect(household).toMatch(new RegExp(`<title>[^<]+ – Trang 2 / ${householdPages.length + 1} – Chợ Phiên</title>`));
      expect(household).toContain(`href="/en/producers/${DEMO_SELLER.household}/page/2/"`);
      // Newest first: the product just published is the first page's only card.
      expect(readFileSync(path.join(site(), `danh-muc/${CATEGORY}/index.html`), "utf8")).toContain(listing.title);

      await setPublished(probe, token, listing, false);
      expect(await build(outDir, 1, [listing.id])).toBe("incremental");

      const last = categoryPages.at(-1) ?? 0;
      expect(last).toBeGreaterThan(2);
      expect(later(`danh-muc/${CATEGORY}/trang`)).toEqual(categoryPages.slice(0, -1));
      expect(later(`en/categories/${CATEGORY}/page`)).toEqual(categoryPages.slice(0, -1));
      expect(later(`nguoi-ban/${DEMO_SELLER.household}/trang`)).toEqual(householdPages.slice(0, -1));
      expect(existsSync(path.join(site(), `danh-muc/${CATEGORY}/trang/${last}/index.html`))).toBe(false);
      const sitemap = readFileSync(path.join(site(), "sitemap.xml"), "utf8");
      expect(sitemap).not.toContain(`/danh-muc/${CATEGORY}/trang/${last}/</loc>`);
      expect(sitemap).toContain(`/danh-muc/${CATEGORY}/trang/${last - 1}/</loc>`);
      expect(readFileSync(path.join(site(), `danh-muc/${CATEGORY}/index.html`), "utf8")).not.toContain(listing.title);
    },
    3 * BUILD_MS,
  );
});
