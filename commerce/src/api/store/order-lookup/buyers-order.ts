import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@/lib/client-address"
import { answerTooMany } from "@/lib/rate-limit/http"
import { marketLimiter } from "@/lib/rate-limit/market-limiter"
import { normalizeCheckoutPhone } from "@/lib/vn/checkout-address"
import { parseOrderNumber } from "@/modules/sale/order-number"
import { fetchOrderRow, type OrderRow } from "@/workflows/sale/fetch-order-row"

const NOT_FOUND = { type: "not_found", message: "Không tìm thấy đơn hàng với số đơn và số điện thoại này." }

/**
 * The buyer's proof with no account: the order number and the phone it was sent to must both
 * match. A wrong number and a wrong phone get the same 404, and repeated misses from one
 * address are answered 429. Every attempt is counted before the order is looked up and given
 * back when it matches, so guesses sent all at once are limited too. Returns the order, or
 * undefined once it has answered.
 */
export async function buyersOrder(
  req: MedusaRequest<{ number: string; phone: string }>,
  res: MedusaResponse
): Promise<OrderRow | undefined> {
  const { limiter, limits } = marketLimiter(req.scope)
  const client = clientAddress(req)
  const attempt = await limiter.consume(limits.buyerProofFailures, client)
  if (!attempt.allowed) {
    answerTooMany(res, attempt, "buyerProofFailures")
    return undefined
  }
  const displayId = parseOrderNumber(req.validatedBody.number)
  const phone = normalizeCheckoutPhone(req.validatedBody.phone)
  const order = displayId && phone ? await fetchOrderRow(req.scope, { display_id: displayId }) : undefined
  if (!order || !phone || normalizeCheckoutPhone(order.shipping_address?.phone ?? "") !== phone) {
    res.status(404).json(NOT_FOUND)
    return undefined
  }
  await limiter.refund(limits.buyerProofFailures, client)
  return order
}
