import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isValidCartToken } from "@/lib/cart-token"
import { bookingDateOf, EXPERIENCE_KIND, isExperience } from "@/lib/experience/kind"

const NOT_FOUND = { type: "not_found", message: "Không tìm thấy giỏ hàng. Có thể giỏ đã hết hạn; hãy thêm hàng lại." }

/** `/store/carts/:id…` or `/store/checkout/carts/:id…` → the cart id. */
function cartIdOf(path: string): string | undefined {
  return /^\/store\/(?:checkout\/)?carts\/([^/?]+)/.exec(path)?.[1]
}

/** Every cart route needs the cart's token in `x-cart-token`; without it the cart "does not exist". */
export function requireCartToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = cartIdOf(req.path)
  if (!cartId || !isValidCartToken(cartId, req.headers["x-cart-token"])) {
    res.status(404).json(NOT_FOUND)
    return
  }
  next()
}

/** Carts are made through POST /store/checkout/carts, which hands out the token. */
export function closeCartCreation(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({ type: "not_found", message: "Tạo giỏ hàng tại /store/checkout/carts" })
}

/**
 * Payment sessions are made only by the checkout (for the cart whose token it checked);
 * Medusa's own routes would let anyone holding a cart id start or replace its payment.
 */
export function closePaymentCollections(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({ type: "not_found", message: "Trả tiền tại /store/checkout/carts/:id/complete" })
}

/** Medusa's order routes show an order to anyone holding its id; buyers look orders up by number and phone. */
export function closeStoreOrders(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({ type: "not_found", message: "Tra cứu đơn hàng bằng số đơn và số điện thoại tại /store/order-lookup" })
}

/**
 * Registered on the wildcard `/store/carts/*` so it runs before Medusa's own body validation
 * (wildcard middlewares sort before parametrised ones).
 * The server, not the buyer, says which household a line belongs to: shipping is priced per
 * household from it. Anything the client put in `metadata` is replaced.
 */
export async function stampLineHousehold(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { variant_id?: unknown; metadata?: unknown }
  if (req.method !== "POST" || !/^\/store\/carts\/[^/]+\/line-items(\/[^/]+)?\/?$/.test(req.path)) {
    return next()
  }
  if (typeof body.variant_id !== "string") {
    // Changing a line's quantity: its household stays the one the server stamped.
    delete body.metadata
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.metadata", "product.producer.id"],
    filters: { id: body.variant_id },
  })
  const variant = data[0] as StampedVariant | undefined
  const producerId = variant?.product?.producer?.id
  body.metadata = {
    ...(producerId ? { producer_id: producerId } : {}),
    ...bookingStamp(variant),
  }
  req.body = body
  next()
}

type StampedVariant = {
  metadata?: Record<string, unknown> | null
  product?: { metadata?: Record<string, unknown> | null; producer?: { id: string } | null } | null
}

/** A booking line says so, with its date: it is not shipped, and the household sees it by date. */
function bookingStamp(variant: StampedVariant | undefined): { kind?: string; date?: string } {
  if (!isExperience(variant?.product?.metadata)) return {}
  const date = bookingDateOf(variant?.metadata)
  return { kind: EXPERIENCE_KIND, ...(date ? { date } : {}) }
}
