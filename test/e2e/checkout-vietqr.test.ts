import type { Browser, Page } from "playwright-core";
import { encode } from "uqr";
import { qrPath } from "../../storefront/scripts/cart/qr-svg.ts";
import { AddToCartPanel } from "./pages/add-to-cart-panel.ts";
import { CheckoutPage } from "./pages/checkout-page.ts";
import { OrderLookupPage } from "./pages/order-lookup-page.ts";
import { DESKTOP, launchChromium, openPage, PHONE } from "./support/browser.ts";
import { buyerAddress, HONEY } from "./support/buyer.ts";
import { confirmTransfer, lookUpOrder } from "./support/checkout-api.ts";
import { screenshotPath } from "./support/screenshots.ts";

/**
 * A buyer pays by bank transfer: the page draws the VietQR code with the exact amount and
 * reference; the operator records the transfer; the order lookup then says it is paid.
 */
describe("a buyer pays by VietQR transfer and the operator confirms it", () => {
  let browser: Browser;
  let page: Page;
  const address = buyerAddress();
  let number = "";
  let total = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("places the order by VietQR and shows the code with bank, amount, reference and deadline", async () => {
    const product = new AddToCartPanel(page);
    await product.openProduct(HONEY.handle);
    expect(await product.add()).toBe("Đã thêm vào giỏ.");
    const checkout = new CheckoutPage(page);
    await checkout.open();
    await checkout.fillAddress(address);
    await checkout.workOutShipping();
    await checkout.parcelsHeading().waitFor();
    const shownTotal = await checkout.figure("Tổng cộng").innerText();
    await checkout.paymentOption("Chuyển khoản VietQR").check();
    await checkout.placeOrder();
    await checkout.confirmationHeading().waitFor();
    number = await checkout.orderNumber().innerText();
    expect(number).toMatch(/^CP-\d+$/);
    expect(await checkout.qrCode().isVisible()).toBe(true);
    expect(await checkout.figure("Số tiền").innerText()).toBe(shownTotal);
    expect(await checkout.figure("Nội dung chuyển khoản").innerText()).not.toBe("");
    expect(await checkout.figure("Số tài khoản").innerText()).toMatch(/\d/);
    expect(await checkout.figure("Chuyển trước").innerText()).toMatch(/\d/);
    expect(await page.getByRole("main").innerText()).toContain("Đơn hàng chờ bạn chuyển khoản.");
    await checkout.screenshot(screenshotPath("checkout-vietqr-360x640"));
  });

  it("draws exactly the payload the server made for this order", async () => {
    const order = await lookUpOrder(number, address.phone);
    total = order.total;
    const payload = order.payment.vietqr?.payload ?? "";
    expect(payload).toMatch(/^000201/);
    const drawn = await new CheckoutPage(page).qrCode().locator("path").getAttribute("d");
    expect(drawn).toBe(qrPath(encode(payload, { ecc: "M", border: 4 }).data));
  });

  it("shows the order as waiting for payment, with the code again, to the right number and phone", async () => {
    await page.setViewportSize(DESKTOP);
    const lookup = new OrderLookupPage(page);
    await lookup.open(number);
    expect(await lookup.numberField().inputValue()).toBe(number);
    await lookup.lookUp(number, address.phone);
    expect(await lookup.paymentLine().innerText()).toBe("Cách trả tiền: Chuyển khoản VietQR – Chưa trả tiền");
    expect(await lookup.qrCode().isVisible()).toBe(true);
    await lookup.screenshot(screenshotPath("order-lookup-vietqr-unpaid-1280x800"));
  });

  it("shows it paid, without the code, once the operator records the transfer", async () => {
    await confirmTransfer(number, total);
    const lookup = new OrderLookupPage(page);
    await lookup.open();
    await lookup.lookUp(number, address.phone);
    expect(await lookup.paymentLine().innerText()).toBe("Cách trả tiền: Chuyển khoản VietQR – Đã trả tiền");
    expect(await lookup.qrCode().count()).toBe(0);
    await lookup.screenshot(screenshotPath("order-lookup-vietqr-paid-1280x800"));
  });
});
