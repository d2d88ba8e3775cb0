import type { Browser } from "playwright-core";
import { verifiedHousehold, type TestHousehold } from "../support/checkout-fixtures.ts";
import { withDb } from "../support/seller-api.ts";
import { AdminLoginPage } from "./pages/admin-login-page.ts";
import { AdminProducersPage } from "./pages/admin-producers-page.ts";
import { AdminStatusReadsPage } from "./pages/admin-status-reads-page.ts";
import { DESKTOP, launchChromium, openPage } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

/**
 * The operator reads one household's poverty status only after writing why; the status shows
 * in words, the read is said to be recorded, and the log lists it. The household is one this
 * file registers, so no seeded household's log grows.
 */
describe("the operator reads a household's status with a reason, and the read is logged", () => {
  let browser: Browser;
  let household: TestHousehold;
  let name: string;
  const reason = `Kiểm tra hồ sơ hỗ trợ vốn ${Date.now().toString(36)}`;

  beforeAll(async () => {
    household = await verifiedHousehold();
    name = await withDb(async (db) => {
      const { rows } = await db.query<{ name: string }>(
        "update producer set household_status = 'near_poor', name = $2 where id = $1 returning name",
        [household.producerId, `Hộ Thử Mức Sống ${Date.now().toString(36)}`],
      );
      return rows[0]!.name;
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("asks for a reason, then shows 'Hộ cận nghèo' and says the read was recorded; the log lists it", async () => {
    const page = await openPage(browser, DESKTOP);
    const operator = await new AdminLoginPage(page).signInAsOperator(stack.medusaUrl, stack.dataDir);

    const producers = new AdminProducersPage(page);
    await producers.openFromSidebar();
    await producers.search(name);
    await producers.row(name).first().waitFor();
    const status = new AdminStatusReadsPage(page);
    await status.openStatus(name);
    expect(await status.drawer().innerText()).not.toContain("Hộ cận nghèo");

    await status.giveReason("xem");
    expect(await status.alert().innerText()).toBe("Hãy ghi lý do xem (ít nhất 5 chữ).");
    expect(await status.result().count()).toBe(0);

    await status.giveReason(reason);
    await status.result().waitFor();
    const shown = (await status.result().innerText()).split("\n").filter((line) => line.trim());
    expect(shown).toEqual(["Hộ cận nghèo", "Lần xem này đã được ghi lại."]);
    await status.screenshot(screenshotPath("admin-status-read-1280x800"));
    await page.keyboard.press("Escape");

    await status.openLog();
    const row = status.logRow(reason);
    await row.waitFor();
    expect(await row.innerText()).toContain(operator.email);
    expect(await row.innerText()).toContain(household.handle);
    await status.screenshot(screenshotPath("admin-status-reads-log-1280x800"));
  });
});
