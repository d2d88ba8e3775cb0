import { completeCart, orderOfCart } from "./cart-api.ts";
import { BuyerError } from "./errors.ts";
import type { ViewContext } from "./order-view.ts";
import type { SavedCart } from "./saved-cart.ts";
import { mountCard, type CardForm } from "./stripe-card.ts";
import type { AddressInput, OrderSummary, PaymentMethod } from "./types.ts";

let card: Promise<CardForm> | null = null;

/** Loads Stripe.js and shows the card field the first time the buyer picks a card. */
export async function prepareCard(
  method: PaymentMethod,
  target: HTMLElement,
  stripeJsUrl: string,
  { t }: ViewContext,
  say: (text: string) => void,
): Promise<void> {
  if (card) return;
  if (!method.publishable_key) {
    say(t.cardUnavailable);
    return;
  }
  say(t.cardLoading);
  card = mountCard(stripeJsUrl, method.publishable_key, target);
  try {
    await card;
    say("");
  } catch {
    card = null;
    say(t.cardUnavailable);
  }
}

const POLL_EVERY_MS = 2000;
const POLL_TIMES = 30;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Card: the server makes a payment intent, Stripe.js confirms it with the card, and the
 * order is placed when Stripe's webhook reaches the server; the page asks until it exists.
 * Returns null (with a message) when the bank refused or the order is still not there.
 */
export async function payByCard(
  saved: SavedCart,
  address: AddressInput,
  { t }: ViewContext,
  say: (text: string) => void,
): Promise<OrderSummary | null> {
  if (!card) throw new BuyerError(t.cardUnavailable);
  const form = await card;
  const result = await completeCart(saved, "stripe");
  if (!("payment" in result)) return result.order;
  say(t.cardPaying);
  const billing = { name: address.name, phone: address.phone, ...(address.email ? { email: address.email } : {}) };
  const paid = await form.pay(result.payment.client_secret, billing);
  if (paid.error !== undefined) throw new BuyerError(paid.error || t.serverError);
  for (let attempt = 1; attempt <= POLL_TIMES; attempt += 1) {
    say(`${t.cardWaiting} (${attempt})`);
    const order = await orderOfCart(saved);
    if (order) return order;
    await wait(POLL_EVERY_MS);
  }
  say(t.cardSlow);
  return null;
}
