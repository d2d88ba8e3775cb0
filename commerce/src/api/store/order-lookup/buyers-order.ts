import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normalizeCheckoutPhone } from "@/lib/vn/checkout-address"
import { parseOrderNumber } from "@/modules/sale/order-number"
import { fetchOrderRow, type OrderRow } from "@/workflows/sale/fetch-order-row"
import { isLookupBlocked, recordLookupFailure } from "./lookup-limit"

const NOT_FOUND = { type: "not_found", message: "Không tìm thấy đơn hàng với số đơn và số điện thoại này." }

/**
 * The buyer's proof with no account: the order number and the phone it was sent to must both
 * match. A wrong number and a wrong phone get the same 404, and repeated misses from one
 * address are answered 429. Returns the order, or undefined once it has answered.
 */
export async function buyersOrder(
  req: MedusaRequest<{ number: string; phone: string }>,
  res: MedusaResponse
): Promise<OrderRow | undefined> {
  const client = req.ip ?? "unknown"
  if (isLookupBlocked(client)) {
    res.status(429).json({ type: "too_many_requests", message: "Bạn đã thử quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại." })
    return undefined
  }
  const displayId = parseOrderNumber(req.validatedBody.number)
  const phone = normalizeCheckoutPhone(req.validatedBody.phone)
  const order = displayId && phone ? await fetchOrderRow(req.scope, { display_id: displayId }) : undefined
  if (!order || !phone || normalizeCheckoutPhone(order.shipping_address?.phone ?? "") !== phone) {
    recordLookupFailure(client)
    res.status(404).json(NOT_FOUND)
    return undefined
  }
  return order
}
