import type { Browser, Page } from "playwright-core";
import { AdminLoginPage } from "./pages/admin-login-page.ts";
import { AdminPayoutsPage } from "./pages/admin-payouts-page.ts";
import { AdminTransfersPage } from "./pages/admin-transfers-page.ts";
import { DESKTOP, launchChromium, openPage } from "./support/browser.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";
import { owedTo, pendingTransferNumbers, type PlacedOrder, placeVietQrOrder } from "./support/vietqr-order.ts";

/** A seed product whose household no other test buys from, so its balance moves only here. */
const DRIED_BAMBOO = { handle: "mang-kho-bao-lam", household: "ho-ma-van-dung", householdName: "Hộ ông Ma Văn Dũng" };

function vnd(amount: number): string {
  return `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`.replace(/\u00a0/g, " ");
}

/**
 * A buyer pays by VietQR; the operator finds the transfer in "Chuyển khoản chờ xác nhận",
 * types a wrong amount and is told so, types the right one and the transfer leaves the list;
 * "Trả tiền cho hộ" then shows the household's money owed, and the operator records paying it.
 */
describe("the operator confirms a VietQR transfer and pays the household in the admin", () => {
  let browser: Browser;
  let page: Page;
  let order: PlacedOrder;
  let owedBefore = 0;

  beforeAll(async () => {
    owedBefore = await owedTo(DRIED_BAMBOO.household);
    order = await placeVietQrOrder(DRIED_BAMBOO.handle, `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`);
    browser = await launchChromium();
    page = await openPage(browser, DESKTOP);
    await new AdminLoginPage(page).signInAsOperator(stack.medusaUrl, stack.dataDir);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists the transfer with its amount, reference and household", async () => {
    const transfers = new AdminTransfersPage(page);
    await transfers.openFromSidebar();
    const [number, amount, reference, households] = await transfers.cellsOf(order.number);
    expect(number).toBe(order.number);
    expect(amount).toBe(vnd(order.total));
    expect(reference).toMatch(/\w{4,}/);
    expect(households).toBe(DRIED_BAMBOO.householdName);
    await transfers.screenshot(screenshotPath("admin-transfers-pending-1280x800"));
  });

  it("refuses a wrong amount with the server's message and keeps the transfer waiting", async () => {
    const transfers = new AdminTransfersPage(page);
    await transfers.confirmReceived(order.number, vnd(order.total - 1_000));
    expect(await transfers.drawerError()).toMatch(/^Số tiền không khớp/);
    expect(await pendingTransferNumbers()).toContain(order.number);
    await transfers.screenshot(screenshotPath("admin-transfers-mismatch-1280x800"));
  });

  it("confirms the right amount, typed as on a bank statement, and the transfer leaves the list", async () => {
    const transfers = new AdminTransfersPage(page);
    await transfers.enterAmountAndConfirm(new Intl.NumberFormat("vi-VN").format(order.total));
    expect(await transfers.notice(/^Đã ghi nhận đơn /)).toBe(`Đã ghi nhận đơn ${order.number} đã trả ${vnd(order.total)}`);
    await transfers.waitUntilGone(order.number);
    expect(await transfers.row(order.number).count()).toBe(0);
    await transfers.screenshot(screenshotPath("admin-transfers-confirmed-1280x800"));
  });

  it("shows the household owed the order's money, and records paying it", async () => {
    const payouts = new AdminPayoutsPage(page);
    await payouts.openFromSidebar();
    // The test stack takes no market fee (PLATFORM_FEE_BPS defaults to 0): the whole total is the household's.
    const owed = owedBefore + order.total;
    expect((await payouts.figuresOf(DRIED_BAMBOO.householdName)).owed).toBe(vnd(owed));
    await payouts.screenshot(screenshotPath("admin-payouts-owed-1280x800"));

    expect(await payouts.recordPayout(DRIED_BAMBOO.householdName, "Tiền mặt tại xã Bảo Lạc")).toBe(
      new Intl.NumberFormat("vi-VN").format(owed).replace(/\u00a0/g, " "),
    );
    await payouts.waitForOwed(DRIED_BAMBOO.householdName, vnd(0));
    const figures = await payouts.figuresOf(DRIED_BAMBOO.householdName);
    expect(figures.owed).toBe(vnd(0));
    expect(figures.paid).not.toBe(vnd(0));
    expect(await owedTo(DRIED_BAMBOO.household)).toBe(0);
    await payouts.screenshot(screenshotPath("admin-payouts-paid-1280x800"));
  });
});
