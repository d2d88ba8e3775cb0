import type { Browser } from "playwright-core";
import { AdminLoginPage } from "./pages/admin-login-page.ts";
import { AdminProducersPage } from "./pages/admin-producers-page.ts";
import { DESKTOP, launchChromium, openPage } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

const SUFFIX = Date.now().toString(36);
const HOUSEHOLD = `Hộ Thử Duyệt ${SUFFIX}`;
const PRODUCT = `Miến dong thử ${SUFFIX}`;

async function post<T>(route: string, body: unknown, token?: string): Promise<T> {
  const reply = await fetch(`${stack.medusaUrl}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!reply.ok) throw new Error(`${route} answered ${reply.status}: ${await reply.text()}`);
  return (await reply.json()) as T;
}

/**
 * A new household signs up and lists a product, which waits; the operator finds it in
 * "Hộ bán hàng", reads who listed what, and verifies it.
 */
describe("the operator verifies a new household in the admin", () => {
  let browser: Browser;

  beforeAll(async () => {
    const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const seller = await post<{ token: string; household: { handle: string } }>("/seller/auth/register", {
      phone,
      password: "mat-khau-moi-1",
      name: "Hoàng Văn Thử",
      household_name: HOUSEHOLD,
      area_name: "Trùng Khánh",
    });
    const created = await post<{ product: { id: string } }>(
      `/seller/households/${seller.household.handle}/products`,
      {
        title_vi: PRODUCT,
        category: "nong-san",
        variants: [{ label: "Gói 500 g", price_vnd: 60_000, weight_g: 500, stock: 5 }],
      },
      seller.token
    );
    // Publishing before verification leaves it "proposed": the verify click must make it public.
    await post(`/seller/households/${seller.household.handle}/products/${created.product.id}/publish`, {}, seller.token);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("sees it pending with its audit log, verifies it, and sees it verified", async () => {
    const page = await openPage(browser, DESKTOP);
    await new AdminLoginPage(page).signInAsOperator(stack.medusaUrl, stack.dataDir);

    const producers = new AdminProducersPage(page);
    await producers.openFromSidebar();
    await producers.showPendingOnly(true);
    await producers.search(HOUSEHOLD);
    expect(await producers.statusOf(HOUSEHOLD)).toBe("Chờ duyệt");
    await producers.screenshot(screenshotPath("admin-producers-pending-1280x800"));

    const log = await producers.openAuditLog(HOUSEHOLD);
    expect(log.join("\n")).toContain(PRODUCT);
    await producers.screenshot(screenshotPath("admin-producers-audit-log-1280x800"));
    await page.keyboard.press("Escape");

    await producers.verify(HOUSEHOLD);
    expect(await producers.notice(/^Đã duyệt /)).toContain("1 sản phẩm được đăng");
    await producers.showPendingOnly(false);
    await producers.waitForStatus(HOUSEHOLD, "Đã duyệt");
    expect(await producers.statusOf(HOUSEHOLD)).toBe("Đã duyệt");
    await producers.screenshot(screenshotPath("admin-producers-verified-1280x800"));
  });
});
