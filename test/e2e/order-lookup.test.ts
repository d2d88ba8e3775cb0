import type { Browser, Page } from "playwright-core";
import { OrderLookupPage } from "./pages/order-lookup-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { buyerAddress, HONEY } from "./support/buyer.ts";
import { placeCodOrder, type LookedUpOrder } from "./support/checkout-api.ts";
import { screenshotPath } from "./support/screenshots.ts";

/** A buyer without an account finds an order by its number and phone, and nobody else can. */
describe("a buyer looks up an order by number and phone", () => {
  let browser: Browser;
  let page: Page;
  const address = { ...buyerAddress(), street: "Số 7 ngõ Tra Cứu" };
  let order: LookedUpOrder;

  beforeAll(async () => {
    order = await placeCodOrder(HONEY.handle, {
      name: address.name,
      phone: address.phone,
      province_code: "HN",
      ward: address.ward,
      street: address.street,
    });
    browser = await launchChromium();
    page = await openPage(browser, PHONE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows nothing of any order before a number and phone are given", async () => {
    const lookup = new OrderLookupPage(page);
    await lookup.open(order.number);
    const text = await lookup.mainText();
    expect(text).not.toContain(address.street);
    expect(text).not.toContain(HONEY.title);
  });

  it("refuses a wrong phone with the not-found message and shows no address", async () => {
    const lookup = new OrderLookupPage(page);
    const wrong = address.phone.endsWith("1") ? `${address.phone.slice(0, -1)}2` : `${address.phone.slice(0, -1)}1`;
    await lookup.lookUp(order.number, wrong);
    expect(await lookup.alert().innerText()).toBe("Không tìm thấy đơn hàng với số và điện thoại này.");
    const text = await lookup.mainText();
    expect(text).not.toContain(address.street);
    expect(text).not.toContain(address.name);
    expect(await lookup.orderNumber().count()).toBe(0);
    await lookup.screenshot(screenshotPath("order-lookup-not-found-360x640"));
  });

  it("shows the order, its parcel status in plain words and where it goes, to the right pair", async () => {
    const lookup = new OrderLookupPage(page);
    // Spaces in the phone, as people type it, are fine.
    await lookup.lookUp(order.number, `${address.phone.slice(0, 4)} ${address.phone.slice(4, 7)} ${address.phone.slice(7)}`);
    expect(await lookup.orderNumber().innerText()).toBe(order.number);
    expect(await lookup.parcelStatus(HONEY.household).innerText()).toBe("Tình trạng: Đang chuẩn bị");
    expect(await lookup.paymentLine().innerText()).toBe("Cách trả tiền: Trả tiền mặt khi nhận hàng – Chưa trả tiền");
    expect(await lookup.mainText()).toContain(address.street);
    expect(await lookup.alert().count()).toBe(0);
    await lookup.screenshot(screenshotPath("order-lookup-found-360x640"));
  });

  it("clears the order from the screen when a wrong pair is tried next", async () => {
    const lookup = new OrderLookupPage(page);
    await lookup.lookUp("CP-999999", address.phone);
    expect(await lookup.alert().innerText()).toBe("Không tìm thấy đơn hàng với số và điện thoại này.");
    expect(await lookup.mainText()).not.toContain(address.street);
  });
});
