import type { Cart, CartLine, ProducerRef } from "./types.ts";

/**
 * The cart as the server last sent it (lines, prices, households), kept on the phone so the
 * cart page can still show it with no connection. Only what the page draws is kept; it is
 * a copy to read, never sent back, and the server's cart stays the one that counts.
 */
export interface LastCart {
  id: string;
  items: CartLine[];
  item_total: number | null;
  /** Product id → its household, as the cart page last learned it. */
  producers: Record<string, ProducerRef>;
}

const KEY = "cho-phien:last-cart";

function read(): LastCart | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<LastCart> | null;
    if (!value || typeof value.id !== "string" || !Array.isArray(value.items)) return null;
    return {
      id: value.id,
      items: value.items,
      item_total: typeof value.item_total === "number" ? value.item_total : null,
      producers: value.producers && typeof value.producers === "object" ? value.producers : {},
    };
  } catch {
    return null;
  }
}

function write(value: LastCart): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the cart works online as before, only the offline copy is lost.
  }
}

/** The last copy of this cart; a copy of another (older) cart is no use. */
export function lastCart(cartId: string): LastCart | null {
  const value = read();
  return value?.id === cartId ? value : null;
}

/** Keeps what the server just sent, and the households already known for this cart. */
export function rememberCart(cart: Cart): void {
  const known = lastCart(cart.id)?.producers ?? {};
  const items = (cart.items ?? []).map(({ id, title, product_id, product_title, product_handle, variant_id, variant_title, quantity, unit_price, total }) => ({
    id, title, product_id, product_title, product_handle, variant_id, variant_title, quantity, unit_price, total: total ?? null,
  }));
  write({ id: cart.id, items, item_total: cart.item_total ?? null, producers: known });
}

export function rememberProducers(cartId: string, producers: ReadonlyMap<string, ProducerRef>): void {
  const value = lastCart(cartId);
  if (value) write({ ...value, producers: { ...value.producers, ...Object.fromEntries(producers) } });
}

export function forgetLastCart(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
