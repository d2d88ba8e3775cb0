import { ApiError, storeCall } from "./api.ts";
import { rememberCart } from "./last-cart.ts";
import { countItems, forgetCart, savedCart, saveCart, setCount, type SavedCart } from "./saved-cart.ts";
import type { AddressInput, Cart, OrderSummary, Parcel, PaymentMethod } from "./types.ts";

const carts = (id: string) => `/store/carts/${encodeURIComponent(id)}`;
const checkout = (id: string) => `/store/checkout/carts/${encodeURIComponent(id)}`;

/** Keeps the header count, and the copy the cart page shows offline, in step with every cart the server sends back. */
function remember(cart: Cart): Cart {
  setCount(countItems(cart.items));
  rememberCart(cart);
  return cart;
}

async function createCart(): Promise<SavedCart> {
  const { cart, cart_token } = await storeCall<{ cart: Cart; cart_token: string }>("POST", "/store/checkout/carts", {});
  const saved = { id: cart.id, token: cart_token, count: 0 };
  saveCart(saved);
  return saved;
}

/** The saved cart, or null when there is none or the server no longer knows it (404). */
export async function loadCart(): Promise<{ saved: SavedCart; cart: Cart } | null> {
  const saved = savedCart();
  if (!saved) return null;
  try {
    const { cart } = await storeCall<{ cart: Cart }>("GET", carts(saved.id), undefined, saved.token);
    if (cart.completed_at) {
      forgetCart();
      return null;
    }
    return { saved, cart: remember(cart) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      forgetCart();
      return null;
    }
    throw error;
  }
}

/** Adds a variant, making a cart first if needed; a cart gone from the server is replaced once. */
export async function addToCart(variantId: string, quantity: number): Promise<Cart> {
  const body = { variant_id: variantId, quantity };
  const saved = savedCart() ?? (await createCart());
  try {
    return remember((await storeCall<{ cart: Cart }>("POST", `${carts(saved.id)}/line-items`, body, saved.token)).cart);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    const fresh = await createCart();
    return remember((await storeCall<{ cart: Cart }>("POST", `${carts(fresh.id)}/line-items`, body, fresh.token)).cart);
  }
}

export async function setQuantity(saved: SavedCart, lineId: string, quantity: number): Promise<Cart> {
  const path = `${carts(saved.id)}/line-items/${encodeURIComponent(lineId)}`;
  return remember((await storeCall<{ cart: Cart }>("POST", path, { quantity }, saved.token)).cart);
}

export async function removeLine(saved: SavedCart, lineId: string): Promise<Cart> {
  const path = `${carts(saved.id)}/line-items/${encodeURIComponent(lineId)}`;
  return remember((await storeCall<{ parent: Cart }>("DELETE", path, undefined, saved.token)).parent);
}

export function setAddress(saved: SavedCart, address: AddressInput): Promise<{ cart: Cart; parcels: Parcel[]; shipping_total: number }> {
  return storeCall("POST", `${checkout(saved.id)}/address`, address, saved.token);
}

export async function paymentMethods(): Promise<PaymentMethod[]> {
  return (await storeCall<{ methods: PaymentMethod[] }>("GET", "/store/checkout/payment-methods")).methods;
}

export type Completion = { order: OrderSummary } | { payment: { client_secret: string; payment_intent_id: string } };

export function completeCart(saved: SavedCart, method: string): Promise<Completion> {
  return storeCall("POST", `${checkout(saved.id)}/complete`, { method }, saved.token);
}

/** The order of a paid cart, or null while Stripe's webhook has not arrived yet (404). */
export async function orderOfCart(saved: SavedCart): Promise<OrderSummary | null> {
  try {
    return (await storeCall<{ order: OrderSummary }>("GET", `${checkout(saved.id)}/order`, undefined, saved.token)).order;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function lookupOrder(number: string, phone: string): Promise<OrderSummary> {
  return (await storeCall<{ order: OrderSummary }>("POST", "/store/order-lookup", { number, phone })).order;
}
