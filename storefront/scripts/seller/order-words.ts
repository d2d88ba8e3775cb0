import type { SellerText } from "@storefront/lib/seller-text.ts";
import type { ParcelAction, SellerOrder } from "./order-types.ts";

type Words = Pick<
  SellerText,
  | "payCod" | "payTransferDone" | "payCardDone" | "payNotYet"
  | "statusNew" | "statusPacked" | "statusShipped" | "statusDelivered" | "statusCancelled"
  | "actionPack" | "actionShip" | "actionDeliverCod" | "actionDeliver" | "actionGuestsCameCod" | "actionGuestsCame" | "bookingLine"
>;
type Parcel = Pick<SellerOrder, "status" | "payment_method" | "paid"> & { items?: Pick<SellerOrder["items"][number], "booking_date">[] };

/** The one next thing the household does with a parcel, as the big button says it; null when nothing is left. */
export function nextStep(parcel: Parcel, t: Words): { action: ParcelAction; label: string } | null {
  if (isBooking(parcel)) {
    return parcel.status === "delivered" || parcel.status === "cancelled"
      ? null
      : { action: "deliver", label: parcel.payment_method === "cod" ? t.actionGuestsCameCod : t.actionGuestsCame };
  }
  switch (parcel.status) {
    case "new":
      return { action: "pack", label: t.actionPack };
    case "packed":
      return { action: "ship", label: t.actionShip };
    case "shipped":
      return { action: "deliver", label: parcel.payment_method === "cod" ? t.actionDeliverCod : t.actionDeliver };
    default:
      return null;
  }
}

/** Every line is a booking: guests come, nothing is packed or sent (the server agrees). */
export function isBooking(parcel: Parcel): boolean {
  const items = parcel.items ?? [];
  return items.length > 0 && items.every((item) => Boolean(item.booking_date));
}

/** How the buyer pays, in the words that also tell the household whether it may send yet. */
export function paymentWords(parcel: Parcel, t: Words): string {
  if (parcel.payment_method === "cod") return t.payCod;
  if (!parcel.paid) return t.payNotYet;
  return parcel.payment_method === "stripe" ? t.payCardDone : t.payTransferDone;
}

export function statusWords(parcel: Parcel, t: Words): string {
  const words = {
    new: t.statusNew,
    packed: t.statusPacked,
    shipped: t.statusShipped,
    delivered: t.statusDelivered,
    cancelled: t.statusCancelled,
  };
  return words[parcel.status];
}

/** What the buyer hands over at the door for this household's parcel: its goods and its shipping. */
export function cashDue(parcel: Pick<SellerOrder, "items_total" | "shipping_total">): number {
  return parcel.items_total + parcel.shipping_total;
}

/** Day/month/year in Vietnam's time zone, the way a receipt writes it (15/03/2026). */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  // Vietnam has no daylight saving: UTC+7 all year.
  const local = new Date(date.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** Puts values into a text with `{name}` holes. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => values[name] ?? hole);
}

/** "2 × Trà Shan tuyết – Gói 100 g", or for a booking "2 khách ngày 05/12/2026 – Đi bè mảng…". */
export function lineWords(item: SellerOrder["items"][number], t: Words): string {
  if (item.booking_date) {
    const [year, month, day] = item.booking_date.split("-");
    return fill(t.bookingLine, { n: String(item.quantity), date: `${day}/${month}/${year}`, title: item.title });
  }
  return `${item.quantity} × ${item.title}${item.variant_title ? ` – ${item.variant_title}` : ""}`;
}
