import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import type SharpModule from "sharp";
import { AdminDestinationsPage } from "./pages/admin-destinations-page.ts";
import { AdminLoginPage } from "./pages/admin-login-page.ts";
import { DESKTOP, launchChromium, openPage } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

// sharp is a dependency of commerce/, not of the repository root.
const sharp = createRequire(resolve(process.cwd(), "commerce/package.json"))("sharp") as typeof SharpModule;

/** The design's freshness contract: a page published in the admin is on the storefront within 60 s. */
const FRESHNESS_MS = 60_000;
const SUFFIX = Date.now().toString(36);
const SLUG = `thac-thu-nghiem-${SUFFIX}`;
const TITLE = `Thác thử nghiệm ${SUFFIX}`;
const PRODUCT = { handle: "hat-de-trung-khanh", title: "Hạt dẻ Trùng Khánh" };

function staffLogin(): { email: string; password: string } {
  return JSON.parse(readFileSync(join(stack.dataDir, "tourism-staff.json"), "utf8")) as { email: string; password: string };
}

/** Leaves the catalog as the seed made it, so other suites still count only seeded destinations. */
async function deleteDestination(slug: string): Promise<void> {
  const auth = await fetch(`${stack.medusaUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(staffLogin()),
  });
  const { token } = (await auth.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  const list = await fetch(`${stack.medusaUrl}/admin/destinations?q=${slug}`, { headers });
  const { destinations } = (await list.json()) as { destinations: { id: string; slug: string }[] };
  for (const destination of destinations.filter((d) => d.slug === slug)) {
    await fetch(`${stack.medusaUrl}/admin/destinations/${destination.id}`, { method: "DELETE", headers });
  }
}

async function waitForStorefront(path: string, deadlineMs: number): Promise<string> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const reply = await fetch(new URL(path, stack.storefrontUrl));
    if (reply.ok) return reply.text();
    if (Date.now() > until) throw new Error(`${path} still answers ${reply.status} after ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/**
 * The province's tourism staff write a new destination in the admin, give it a cover and a
 * local product, publish it, and visitors find it on the storefront with both. The same
 * account cannot open the market's orders or households.
 */
describe("a tourism staff member publishes a destination", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await deleteDestination(SLUG);
  });

  it(
    "writes, illustrates, links and publishes it; the storefront shows it with its photo and product; orders and households stay closed",
    async () => {
      const staff = staffLogin();
      const page = await openPage(browser, DESKTOP);
      const login = new AdminLoginPage(page);
      await login.open(stack.medusaUrl);
      await login.signIn(staff.email, staff.password);
      await login.waitForPath(/\/app\/(?!login)/);
      await page.goto(`${stack.medusaUrl}/app/destinations`);

      const admin = new AdminDestinationsPage(page);
      await page.getByRole("heading", { name: "Điểm đến", level: 1 }).waitFor();
      await admin.startNew();
      await admin.fill("Tên điểm đến", TITLE);
      await admin.fill("Tên tiếng Anh", `Test waterfall ${SUFFIX}`);
      await admin.fill("Địa chỉ trang", SLUG);
      await admin.fill("Khu vực", "trung-khanh");
      await admin.fill("Vĩ độ", "22.85");
      await admin.fill("Kinh độ", "106.72");
      await admin.fill("Tóm tắt (tối đa 300 ký tự)", "Thác nước nhỏ sau bản, nước trong quanh năm.");
      await admin.fill("Tóm tắt tiếng Anh", "A small waterfall behind the village, clear all year.");
      await admin.fill(
        "Bài viết (Markdown)",
        '## Đường vào thác\n\nĐi bộ **20 phút**. <img src=x onerror="window.__hacked=1"> [bấm](javascript:window.__hacked=1)'
      );
      await admin.preview("destination-body").getByText("20 phút").waitFor();
      expect(await admin.preview("destination-body").locator("img, [onerror], a[href^='javascript']").count()).toBe(0);
      await admin.saveDraft();

      const cover = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2f7d6d" } }).jpeg().toBuffer();
      await admin.uploadCover({ name: "thac.jpg", mimeType: "image/jpeg", buffer: cover });
      await admin.linkProduct("hat-de-trung", PRODUCT.title);
      await admin.publish();
      await admin.screenshot(screenshotPath("admin-destination-published-1280x800"));
      expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();

      const html = await waitForStorefront(`/diem-den/${SLUG}/`, FRESHNESS_MS);
      const visitor = await openPage(browser, DESKTOP);
      await visitor.goto(`${stack.storefrontUrl}/diem-den/${SLUG}/`);
      expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
      const photo = visitor.locator("main picture img").first();
      expect(await photo.getAttribute("src")).toMatch(/^https?:\/\/.+\.jpg$/);
      expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const productLink = visitor.getByRole("link", { name: new RegExp(PRODUCT.title) });
      expect(await productLink.getAttribute("href")).toBe(`/san-pham/${PRODUCT.handle}/`);
      // The hostile markup shows as text at most: no element carries it, and nothing ran.
      expect(html).not.toMatch(/<img[^>]*onerror/i);
      expect(await visitor.locator("[onerror], a[href^='javascript']").count()).toBe(0);
      expect(await visitor.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
      await visitor.screenshot({ path: screenshotPath("storefront-new-destination-1280x800"), fullPage: true });

      // The same account cannot open the market's orders or households: the dashboard gets 403s
      // and our households page shows the server's refusal instead of any household.
      const ordersReply = page.waitForResponse((reply) => new URL(reply.url()).pathname === "/admin/orders");
      await page.goto(`${stack.medusaUrl}/app/orders`);
      expect((await ordersReply).status()).toBe(403);
      await page.goto(`${stack.medusaUrl}/app/producers`);
      await page.getByText(/chỉ được quản lý trang điểm đến/).waitFor();
      expect(await page.getByRole("row").count()).toBe(0);
    },
    FRESHNESS_MS + 180_000,
  );
});
