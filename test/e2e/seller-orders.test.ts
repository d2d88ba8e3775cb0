import type { Browser } from "playwright-core";
import { SellerOrdersPage } from "./pages/seller-orders-page.ts";
import { SellerPage } from "./pages/seller-page.ts";
import { launchChromium, openPage, PHONE } from "./support/browser.ts";
import { buyerAddress, TEA } from "./support/buyer.ts";
import { placeCodOrder, type LookedUpOrder } from "./support/checkout-api.ts";
import { screenshotPath } from "./support/screenshots.ts";
import { stack } from "./support/stack.ts";

/** The owner of Hộ bà Triệu Thị Mây, who makes TEA (SEEDED.ownerB in test/support/seller-api.ts). */
const OWNER = { phone: "0910023757", password: "chophien2026", household: "ho-trieu-thi-may" };

interface Parcel {
  number: string;
  items_total: number;
  shipping_total: number;
  payout_amount: number;
}

/** "1.234.000 ₫" → 1234000 */
const amount = (text: string) => Number(text.replace(/\D/g, ""));
const vnd = (value: number) => `${value.toLocaleString("de-DE")} ₫`;

/** The parcel as the seller API reports it, to know the amounts the page must show. */
async function parcelOf(number: string): Promise<Parcel> {
  const signIn = await fetch(`${stack.medusaUrl}/seller/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: OWNER.phone, password: OWNER.password }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const reply = await fetch(`${stack.medusaUrl}/seller/households/${OWNER.household}/orders`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const parcel = ((await reply.json()) as { orders: Parcel[] }).orders.find((o) => o.number === number);
  if (!parcel) throw new Error(`No parcel ${number} for ${OWNER.household}`);
  return parcel;
}

describe("a household packs, sends and hands over a cash-on-delivery order, and sees the money it is owed", () => {
  let browser: Browser;
  let seller: SellerPage;
  let orders: SellerOrdersPage;
  const address = { ...buyerAddress(), name: "Hoàng Văn Mua", street: "Số 9 ngõ Người Bán" };
  let order: LookedUpOrder;
  let parcel: Parcel;
  let owedBefore = 0;

  beforeAll(async () => {
    order = await placeCodOrder(TEA.handle, {
      name: address.name,
      phone: address.phone,
      province_code: "HN",
      ward: address.ward,
      street: address.street,
    });
    parcel = await parcelOf(order.number);
    browser = await launchChromium();
    const page = await openPage(browser, PHONE);
    seller = new SellerPage(page);
    orders = new SellerOrdersPage(page);
    await seller.open();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("signs in and notes what the market owes before the order", async () => {
    await seller.signIn(OWNER.phone, OWNER.password);
    await seller.heading().filter({ hasText: "Hàng của tôi" }).waitFor();
    await seller.openTab("Tiền của tôi");
    await seller.heading().filter({ hasText: "Tiền của tôi" }).waitFor();
    // The big amount shows once loaded; an empty ledger shows the "nothing yet" words instead.
    await orders.owed().or(seller.page.getByText("Chưa có tiền bán hàng")).first().waitFor();
    owedBefore = (await orders.owed().isVisible()) ? amount(await orders.owed().innerText()) : 0;
  });

  it("sees the new order with what to send, who to send it to and what it will receive", async () => {
    await seller.openTab("Đơn hàng");
    await orders.order(order.number).waitFor();
    const card = await orders.order(order.number).innerText();
    expect(card).toMatch(new RegExp(`^1 × ${TEA.title} – \\S`, "m"));
    expect(card).toContain(address.name);
    expect(card).toContain(`${address.street}, ${address.ward}, ${address.province}`);
    expect(card).toContain("Người mua trả tiền khi nhận");
    expect(card).toContain("Đơn mới – cần đóng gói");
    expect(card).toContain(`Thu của người mua:\n${vnd(parcel.items_total + parcel.shipping_total)}`);
    expect(card).toContain(`Bạn nhận được:\n${vnd(parcel.payout_amount)}`);
    expect(await orders.callLink(order.number).getAttribute("href")).toMatch(new RegExp(`^tel:(\\+84|0)${address.phone.slice(1)}$`));
    // Newest first: the order just placed heads the list.
    expect(await orders.orders().first().getByRole("heading").innerText()).toBe(`Đơn ${order.number}`);
    await orders.order(order.number).scrollIntoViewIfNeeded();
    await seller.screenshot(screenshotPath("seller-orders-new-360x640"));
  });

  it("marks it packed, then sent with a carrier the dialog asks for", async () => {
    await orders.takeStep(order.number, "Đã đóng gói");
    await orders.order(order.number).filter({ hasText: "Đã đóng gói – chờ gửi" }).waitFor();
    expect(await orders.message(order.number).innerText()).toBe("✓ Đã lưu");
    await orders.takeStep(order.number, "Đã gửi hàng");
    await orders.shipDialog().waitFor();
    await orders.confirmShip();
    expect(await orders.carrierError().innerText()).toBe("Hãy chọn hoặc ghi nơi gửi hàng");
    await seller.screenshot(screenshotPath("seller-orders-ship-dialog-360x640"));
    await orders.chooseCarrier("Xe khách");
    await orders.writeTrackingCode("XK-2026-07");
    await orders.confirmShip();
    await orders.order(order.number).filter({ hasText: "Đã gửi – đang trên đường" }).waitFor();
    expect(await orders.order(order.number).innerText()).toContain("Xe khách · Mã vận đơn XK-2026-07");
  });

  it("hands it over only after confirming the cash, and the card says it is done", async () => {
    await orders.takeStep(order.number, "Đã giao, đã nhận tiền");
    await orders.cashDialog().waitFor();
    expect(await orders.cashDialog().getByRole("heading").innerText()).toBe(
      `Bạn đã nhận đủ ${vnd(parcel.items_total + parcel.shipping_total)}?`,
    );
    await seller.screenshot(screenshotPath("seller-orders-cash-dialog-360x640"));
    await orders.confirmCash();
    await orders.order(order.number).filter({ hasText: "Đã giao xong" }).waitFor();
    expect(await orders.order(order.number).getByRole("button").count()).toBe(0);
    await orders.order(order.number).scrollIntoViewIfNeeded();
    await seller.screenshot(screenshotPath("seller-orders-delivered-360x640"));
  });

  it("sees the amount owed grow by what the order earned, with the order in the list", async () => {
    await seller.openTab("Tiền của tôi");
    await orders.entry(`Bán được đơn ${order.number}`).waitFor();
    // Other journeys may sell this household's tea at the same time: at least this order's share.
    expect(amount(await orders.owed().innerText()) - owedBefore).toBeGreaterThanOrEqual(parcel.payout_amount);
    expect(await orders.entry(`Bán được đơn ${order.number}`).innerText()).toContain(`+${vnd(parcel.payout_amount)}`);
    await seller.screenshot(screenshotPath("seller-earnings-owed-360x640"));
  });
});
