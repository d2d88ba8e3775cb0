import type { Browser, Page } from "playwright-core";
import { AddToCartPanel } from "./pages/add-to-cart-panel.ts";
import { CartPage } from "./pages/cart-page.ts";
import { CheckoutPage } from "./pages/checkout-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { buyerAddress, HONEY, TEA } from "./support/buyer.ts";
import { screenshotPath } from "./support/screenshots.ts";

/**
 * A buyer on a phone takes chestnuts from one household and tea from another, sees them as
 * two parcels with shipping and the total before paying, and pays cash on delivery.
 */
describe("a buyer pays cash on delivery for two households' goods", () => {
  let browser: Browser;
  let page: Page;
  const address = buyerAddress();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("adds two chestnut bags and one tea, and the header counts 3", async () => {
    const product = new AddToCartPanel(page);
    await product.openProduct(HONEY.handle);
    await product.choose(HONEY.variant);
    await product.more();
    expect(await product.quantity().inputValue()).toBe("2");
    expect(await product.add()).toBe("Đã thêm vào giỏ.");
    await product.openProduct(TEA.handle);
    expect(await product.add()).toBe("Đã thêm vào giỏ.");
    expect(await product.cartLink().innerText()).toContain("3");
  });

  it("shows the cart grouped by household with the item total", async () => {
    const cart = new CartPage(page);
    await cart.open();
    expect((await cart.households().allInnerTexts()).sort()).toEqual([HONEY.household, TEA.household].sort());
    expect(await cart.line(HONEY.title).innerText()).toContain("440.000 ₫");
    expect(await cart.itemTotal().innerText()).toContain("590.000 ₫");
    await cart.screenshot(screenshotPath("cart-two-households-360x640"));
  });

  it("puts each address mistake beside its field and moves focus to the first", async () => {
    const checkout = new CheckoutPage(page);
    await checkout.open();
    await checkout.field("Số điện thoại").fill("12345");
    await checkout.workOutShipping();
    expect(await checkout.errorOf("Họ và tên")).toBe("Vui lòng ghi họ tên người nhận.");
    expect(await checkout.errorOf("Số điện thoại")).toContain("Số điện thoại chưa đúng.");
    expect(await checkout.focusedLabel()).toBe("Họ và tên");
    expect(await checkout.parcelsHeading().isVisible()).toBe(false);
    await checkout.screenshot(screenshotPath("checkout-errors-360x640"));
  });

  it("shows two parcels with their shipping and the total before any payment", async () => {
    const checkout = new CheckoutPage(page);
    await checkout.fillAddress(address);
    await checkout.workOutShipping();
    await checkout.parcelsHeading().waitFor();
    expect(await checkout.parcels().count()).toBe(2);
    expect(await checkout.parcel(HONEY.household).innerText()).toContain(`2 × ${HONEY.title} (${HONEY.variant})`);
    expect(await checkout.parcel(TEA.household).innerText()).toContain(TEA.title);
    const items = await checkout.figure("Tiền hàng").innerText();
    const shipping = await checkout.figure("Tiền gửi hàng").innerText();
    const total = await checkout.figure("Tổng cộng").innerText();
    expect(items).toBe("590.000 ₫");
    const dong = (text: string) => Number(text.replace(/\D/g, ""));
    expect(dong(shipping)).toBeGreaterThan(0);
    expect(dong(total)).toBe(2 * HONEY.price + TEA.price + dong(shipping));
    expect(await checkout.paymentOption("Trả tiền mặt khi nhận hàng").isVisible()).toBe(true);
    expect(await checkout.paymentOption("Chuyển khoản VietQR").isVisible()).toBe(true);
    await checkout.screenshot(screenshotPath("checkout-parcels-360x640"));
  });

  it("places the order by cash on delivery and shows its number with the two parcels", async () => {
    const checkout = new CheckoutPage(page);
    await checkout.paymentOption("Trả tiền mặt khi nhận hàng").check();
    await checkout.placeOrder();
    await checkout.confirmationHeading().waitFor();
    expect(await checkout.orderNumber().innerText()).toMatch(/^CP-\d+$/);
    expect(await checkout.parcels().count()).toBe(2);
    expect(await checkout.parcel(HONEY.household).innerText()).toContain("Tình trạng: Đang chuẩn bị");
    expect(await page.getByRole("main").innerText()).toContain("tiền mặt khi nhận hàng");
    expect(await checkout.qrCode().count()).toBe(0);
    await checkout.screenshot(screenshotPath("checkout-cod-confirmation-360x640"));
  });

  it("leaves an empty cart behind", async () => {
    const cart = new CartPage(page);
    await cart.open();
    expect(await cart.emptyMessage().isVisible()).toBe(true);
    expect(await new AddToCartPanel(page).cartLink().innerText()).not.toMatch(/\d/);
  });
});
