import type { Browser, Page } from "playwright-core";
import { sendStripeEvent } from "../support/stripe-webhook.ts";
import { AddToCartPanel } from "./pages/add-to-cart-panel.ts";
import { CheckoutPage } from "./pages/checkout-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { buyerAddress, TEA } from "./support/buyer.ts";
import { cardSession } from "./support/checkout-api.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";
import { STRIPE_JS_TEST_DOUBLE, STRIPE_JS_URL } from "./support/stripe-js-test-double.ts";

type DoubleState = { publishableKey: string | null; confirmed: { clientSecret: string; billing: { name: string; phone: string } }[] };

/**
 * A buyer pays by card. Medusa makes a real payment intent on stripe-mock; Stripe.js is the
 * stripe-js-test-double (Stripe.js cannot load here); the order appears only when the signed
 * webhook Stripe would send reaches Medusa, and the page, which keeps asking, then shows it.
 */
describe("a buyer pays by card and the order appears after Stripe's webhook", () => {
  let browser: Browser;
  let page: Page;
  const address = buyerAddress();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
    await page.route(STRIPE_JS_URL, (route) =>
      route.fulfill({ status: 200, contentType: "application/javascript", body: STRIPE_JS_TEST_DOUBLE }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("offers the card only because the API lists it, and mounts the card field from Stripe.js", async () => {
    const product = new AddToCartPanel(page);
    await product.openProduct(TEA.handle);
    expect(await product.add()).toBe("Đã thêm vào giỏ.");
    const checkout = new CheckoutPage(page);
    await checkout.open();
    await checkout.fillAddress(address);
    await checkout.workOutShipping();
    await checkout.parcelsHeading().waitFor();
    await checkout.paymentOption("Thẻ ngân hàng quốc tế").check();
    const field = page.getByRole("textbox", { name: "Số thẻ (stripe-js-test-double)" });
    await field.waitFor();
    await field.fill("4242 4242 4242 4242");
    const key = await page.evaluate(() => (window as unknown as { __stripeJsTestDouble: DoubleState }).__stripeJsTestDouble.publishableKey);
    expect(key).toMatch(/^pk_/);
  });

  it("confirms the intent, waits for the webhook, and then shows the order", async () => {
    const checkout = new CheckoutPage(page);
    await checkout.placeOrder();
    await checkout.progress().filter({ hasText: "Đang chờ xác nhận đơn hàng" }).waitFor();
    const state = await page.evaluate(() => (window as unknown as { __stripeJsTestDouble: DoubleState }).__stripeJsTestDouble);
    expect(state.confirmed).toHaveLength(1);
    const [confirmed] = state.confirmed;
    expect(confirmed?.billing.name).toBe(address.name);
    expect(await checkout.confirmationHeading().count()).toBe(0);
    await checkout.screenshot(screenshotPath("checkout-card-waiting-360x640"));

    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("cho-phien:cart") ?? "null") as { id: string; token: string });
    const session = await cardSession(saved.id, saved.token);
    // stripe-mock answers every confirmation with a fixture intent, so the id comes from the session.
    const sent = await sendStripeEvent(
      // Cards are authorised only (manual capture), so Stripe reports the hold, not a charge.
      { type: "payment_intent.amount_capturable_updated", paymentIntentId: session.intentId, sessionId: session.id, amount: session.amount },
      { medusaUrl: stack.medusaUrl },
    );
    expect(sent.status).toBe(200);

    await checkout.confirmationHeading().waitFor({ timeout: 60_000 });
    expect(await checkout.orderNumber().innerText()).toMatch(/^CP-\d+$/);
    expect(await page.getByRole("main").innerText()).toContain("Cách trả tiền: Thẻ ngân hàng quốc tế – Đã trả tiền");
    expect(await checkout.parcel(TEA.household).isVisible()).toBe(true);
    await checkout.screenshot(screenshotPath("checkout-card-confirmation-360x640"));
  });
});
