import { call, operatorToken } from "./checkout-api.ts";

/** The admin money journey's setup: a VietQR order placed through the store API, and the ledger read back. */
export type PlacedOrder = { number: string; total: number };

/** One unit of a product's first variant, paid by VietQR, to a buyer in Hà Nội. */
export async function placeVietQrOrder(productHandle: string, phone: string): Promise<PlacedOrder> {
  const { cart, cart_token } = await call<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", {});
  const token = { "x-cart-token": cart_token };
  const { products } = await call<{ products: { variants: { id: string }[] }[] }>(
    "GET", `/store/products?handle=${encodeURIComponent(productHandle)}&fields=variants.id`,
  );
  const variant = products[0]?.variants[0]?.id;
  if (!variant) throw new Error(`No variant for ${productHandle}`);
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 1 }, token);
  await call(
    "POST",
    `/store/checkout/carts/${cart.id}/address`,
    { name: "Nguyễn Thị Lan", phone, province_code: "HN", ward: "Phường Ba Đình", street: "12 Phố Đội Cấn" },
    token,
  );
  return (await call<{ order: PlacedOrder }>("POST", `/store/checkout/carts/${cart.id}/complete`, { method: "vietqr" }, token)).order;
}

/** What the market owes a household right now, by its handle (0 before its first earning). */
export async function owedTo(handle: string): Promise<number> {
  const token = await operatorToken();
  const { households } = await call<{ households: { handle: string; owed: number }[] }>(
    "GET", "/admin/payouts", undefined, { authorization: `Bearer ${token}` },
  );
  return households.find((household) => household.handle === handle)?.owed ?? 0;
}

/** Order numbers of the VietQR transfers the operator is still waiting for. */
export async function pendingTransferNumbers(): Promise<string[]> {
  const token = await operatorToken();
  const { transfers } = await call<{ transfers: { number: string }[] }>(
    "GET", "/admin/vietqr/pending", undefined, { authorization: `Bearer ${token}` },
  );
  return transfers.map((transfer) => transfer.number);
}
