import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stack } from "./stack.ts";

/** Direct calls to the stack's API for what a journey does not do through the page. */
export async function call<T>(method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const reply = await fetch(`${stack.medusaUrl}${route}`, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(route.startsWith("/store") ? { "x-publishable-api-key": publishableKey() } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await reply.text();
  if (!reply.ok) throw new Error(`${method} ${route} answered ${reply.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

export function publishableKey(): string {
  const key = process.env["CHO_PHIEN_PUBLISHABLE_KEY"] ?? readFileSync(join(stack.dataDir, "publishable-key"), "utf8").trim();
  if (!key) throw new Error("No publishable key: set CHO_PHIEN_PUBLISHABLE_KEY or start the stack once");
  return key;
}

/** The operator's token, from the login `npm start` keeps in the data folder. */
export async function operatorToken(): Promise<string> {
  const operator = JSON.parse(readFileSync(join(stack.dataDir, "operator.json"), "utf8")) as { email: string; password: string };
  return (await call<{ token: string }>("POST", "/auth/user/emailpass", operator)).token;
}

/** The operator records a VietQR transfer that arrived for an order. */
export async function confirmTransfer(number: string, amount: number): Promise<void> {
  const token = await operatorToken();
  await call("POST", "/admin/vietqr/confirm", { number, amount }, { authorization: `Bearer ${token}` });
}

export interface LookedUpOrder {
  number: string;
  total: number;
  payment: { method: string; status: string; vietqr?: { payload: string; amount: number; reference: string } | null };
}

export async function lookUpOrder(number: string, phone: string): Promise<LookedUpOrder> {
  return (await call<{ order: LookedUpOrder }>("POST", "/store/order-lookup", { number, phone })).order;
}

/** A cash-on-delivery order placed through the API, for journeys that start after checkout. */
export async function placeCodOrder(
  productHandle: string,
  address: { name: string; phone: string; province_code: string; ward: string; street: string },
): Promise<LookedUpOrder> {
  const { cart, cart_token } = await call<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", {});
  const token = { "x-cart-token": cart_token };
  const { products } = await call<{ products: { variants: { id: string }[] }[] }>(
    "GET", `/store/products?handle=${encodeURIComponent(productHandle)}&fields=variants.id`,
  );
  const variant = products[0]?.variants[0]?.id;
  if (!variant) throw new Error(`No variant for ${productHandle}`);
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 1 }, token);
  await call("POST", `/store/checkout/carts/${cart.id}/address`, address, token);
  return (await call<{ order: LookedUpOrder }>("POST", `/store/checkout/carts/${cart.id}/complete`, { method: "cod" }, token)).order;
}

/** The card session of a cart, as the test double of Stripe.js cannot report it. */
/** The card session of a cart, with the PaymentIntent id the server stored for it (the one a webhook must name). */
export async function cardSession(cartId: string, cartToken: string): Promise<{ id: string; amount: number; intentId: string }> {
  const { cart } = await call<{ cart: { payment_collection?: { payment_sessions?: { id: string; amount: number; provider_id: string; data?: { id?: string } }[] } } }>(
    "GET", `/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, undefined, { "x-cart-token": cartToken },
  );
  const session = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id.startsWith("pp_stripe"));
  if (!session) throw new Error(`Cart ${cartId} has no card payment session`);
  if (!session.data?.id) throw new Error(`Card session ${session.id} has no PaymentIntent id`);
  return { id: session.id, amount: session.amount, intentId: session.data.id };
}
