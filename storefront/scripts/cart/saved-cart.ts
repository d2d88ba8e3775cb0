import { forgetLastCart } from "./last-cart.ts";

/**
 * The buyer's cart lives on the server; this browser keeps its id, the token that opens
 * it, and the number of items for the header (so no page has to ask the server), plus a
 * read-only copy of its lines for the cart page to show offline (last-cart.ts).
 */
export interface SavedCart {
  id: string;
  token: string;
  count: number;
}

const KEY = "cho-phien:cart";
/** Fired on window when the count changes in this tab; other tabs get a `storage` event. */
export const CART_CHANGED = "cho-phien:cart-changed";

export function savedCart(): SavedCart | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<SavedCart> | null;
    return value && typeof value.id === "string" && typeof value.token === "string"
      ? { id: value.id, token: value.token, count: typeof value.count === "number" ? value.count : 0 }
      : null;
  } catch {
    return null; // Private mode or a broken value: behave as if there were no cart.
  }
}

function write(value: SavedCart | null): void {
  try {
    if (value) localStorage.setItem(KEY, JSON.stringify(value));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the cart still works until the page is left.
  }
  window.dispatchEvent(new Event(CART_CHANGED));
}

export function saveCart(value: SavedCart): void {
  write(value);
}

export function setCount(count: number): void {
  const cart = savedCart();
  if (cart && cart.count !== count) write({ ...cart, count });
}

/** After the order is placed, or when the server no longer knows the cart. */
export function forgetCart(): void {
  forgetLastCart();
  write(null);
}

export function countItems(lines: readonly { quantity: number }[] | null | undefined): number {
  return (lines ?? []).reduce((sum, line) => sum + line.quantity, 0);
}
