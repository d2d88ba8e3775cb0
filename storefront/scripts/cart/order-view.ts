import type { CartText } from "@storefront/components/cart/cart-text.ts";
import type { Locale } from "@storefront/lib/locale.ts";
import { formatVnd } from "@storefront/lib/money.ts";
import { fill, fromTemplate, slot } from "./dom.ts";
import { qrSvg } from "./qr-svg.ts";
import type { OrderParcel, OrderSummary, Parcel, VietQr } from "./types.ts";

export interface ViewContext {
  t: CartText;
  locale: Locale;
}

/** One household's parcel: what is in it, its shipping, and (for an order) where it is. */
export function renderParcel(parcel: Parcel | OrderParcel, { t, locale }: ViewContext): HTMLElement {
  const li = fromTemplate("parcel");
  slot(li, "producer").textContent = parcel.producer?.name ?? "Chợ Phiên";
  // One text per line, so it reads (and is found) as one phrase: "Tình trạng: Đã gửi hàng".
  if ("status" in parcel) slot(li, "status").textContent = `${t.status}: ${t.parcelStatus[parcel.status] ?? parcel.status}`;
  if ("tracking_code" in parcel && parcel.tracking_code) {
    slot(li, "tracking").textContent = `${parcel.carrier ? `${t.carrier}: ${parcel.carrier} · ` : ""}${t.tracking}: ${parcel.tracking_code}`;
  }
  slot(li, "items").append(
    ...parcel.items.map((item) => {
      const row = fromTemplate("item");
      slot(row, "name").textContent = `${item.quantity} × ${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`;
      slot(row, "total").textContent = formatVnd(item.total, locale);
      return row;
    }),
  );
  slot(li, "shipping").textContent = formatVnd(parcel.shipping, locale);
  return li;
}

/** The rows "Tiền hàng / Tiền gửi hàng / Tổng cộng", the last one large. */
export function renderTotals(list: HTMLElement, totals: { items: number; shipping: number; total: number }, { t, locale }: ViewContext): void {
  const rows: [string, number][] = [[t.itemTotal, totals.items], [t.shippingTotal, totals.shipping], [t.total, totals.total]];
  list.replaceChildren(
    ...rows.map(([label, value], index) => {
      const row = fromTemplate("total");
      slot(row, "label").textContent = label;
      slot(row, "value").textContent = formatVnd(value, locale);
      if (index === rows.length - 1) row.classList.add("text-2xl", "font-bold", "text-brick");
      return row;
    }),
  );
}

function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Vietnam has one time zone; a buyer abroad still pays a Vietnamese bank by its clock.
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(date);
}

function fillVietQr(section: HTMLElement, qr: VietQr, { t, locale }: ViewContext): void {
  section.hidden = false;
  const amount = formatVnd(qr.amount, locale);
  slot(section, "qr").replaceChildren(qrSvg(qr.payload, fill(t.qrLabel, { total: amount })));
  slot(section, "bank").textContent = qr.bank_name;
  slot(section, "account").textContent = qr.account_number;
  slot(section, "account-name").textContent = qr.account_name;
  slot(section, "amount").textContent = amount;
  slot(section, "reference").textContent = qr.reference;
  slot(section, "pay-before").textContent = formatTime(qr.pay_before, locale);
}

/** The whole order as its buyer may see it; the QR only while a transfer is still awaited. */
export function renderOrder(order: OrderSummary, context: ViewContext): HTMLElement {
  const { t, locale } = context;
  const view = fromTemplate("order");
  slot(view, "number").textContent = order.number;
  const method = t.paymentMethod[order.payment.method] ?? order.payment.method;
  slot(view, "payment").textContent = `${t.payment}: ${method} – ${t.paymentStatus[order.payment.status] ?? order.payment.status}`;
  const pending = order.payment.status === "pending";
  slot(view, "payment-note").textContent = order.payment.status === "paid"
    ? t.paidNote
    : pending && order.payment.method === "cod" ? fill(t.codNote, { total: formatVnd(order.total, locale) }) : "";
  if (pending && order.payment.method === "vietqr" && order.payment.vietqr) {
    fillVietQr(slot(view, "vietqr"), order.payment.vietqr, context);
  }
  slot(view, "parcels").append(...order.parcels.map((parcel) => renderParcel(parcel, context)));
  renderTotals(slot(view, "totals"), { items: order.item_total, shipping: order.shipping_total, total: order.total }, context);
  const d = order.delivery;
  slot(view, "address").textContent = [d.name, d.phone, d.street, d.ward, d.province_name].filter(Boolean).join(", ");
  return view;
}
