import { formatVnd } from "@storefront/lib/money.ts";
import { locale, part, t } from "./dom.ts";
import type { SellerOrder } from "./order-types.ts";
import { cashDue, lineWords, nextStep, paymentWords, shortDate, statusWords } from "./order-words.ts";

const template = part<HTMLTemplateElement>("order-item");
const money = (amount: number) => formatVnd(amount, locale);

const STATE_STYLE: Record<SellerOrder["status"], string> = {
  new: "bg-brick text-white",
  packed: "bg-indigo text-white",
  shipped: "bg-line text-ink",
  delivered: "bg-leaf text-white",
  cancelled: "border-2 border-muted text-muted",
};

/** How many, of what, in which pack; for a booking, how many guests come on which day. */
function line(item: SellerOrder["items"][number]): HTMLLIElement {
  const li = document.createElement("li");
  li.textContent = lineWords(item, t);
  return li;
}

/** Fills `li` (a clone of the template) from the parcel; the next-step button stays wired by the caller. */
export function fillCard(li: HTMLElement, order: SellerOrder): void {
  part("number", li).textContent = `${t.orderNumber} ${order.number}`;
  part("date", li).textContent = `${t.orderedOn} ${shortDate(order.created_at)}`;
  const state = part("state", li);
  state.textContent = statusWords(order, t);
  state.className = `my-1 inline-block rounded-full px-3 font-bold ${STATE_STYLE[order.status]}`;
  part("lines", li).replaceChildren(...order.items.map(line));
  const { name, phone, street, ward, province_name } = order.delivery;
  part("name", li).textContent = name;
  const call = part<HTMLAnchorElement>("phone", li);
  call.hidden = !phone;
  call.href = `tel:${phone.replace(/[^\d+]/g, "")}`;
  const number = document.createElement("span");
  number.className = "whitespace-nowrap";
  number.textContent = phone;
  call.replaceChildren(t.callBuyer, number);
  part("address", li).textContent = [street, ward, province_name].filter(Boolean).join(", ");
  part("payment", li).textContent = paymentWords(order, t);
  part("cash-row", li).hidden = order.payment_method !== "cod";
  part("cash", li).textContent = money(cashDue(order));
  part("payout", li).textContent = money(order.payout_amount);
  part("sent-row", li).hidden = !order.carrier;
  part("sent", li).textContent = [order.carrier, order.tracking_code && `${t.trackingCode} ${order.tracking_code}`]
    .filter(Boolean)
    .join(" · ");
  const next = nextStep(order, t);
  const button = li.querySelector<HTMLButtonElement>('[data-action="next"]');
  if (button) {
    button.hidden = !next;
    button.textContent = next?.label ?? "";
    button.setAttribute("aria-label", next ? `${next.label}: ${t.orderNumber} ${order.number}` : "");
  }
}

export function newCard(): HTMLElement {
  return (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
}
