import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normalizeCheckoutPhone } from "@/lib/vn/checkout-address"
import { parseOrderNumber } from "@/modules/sale/order-number"
import { fetchOrderRow } from "@/workflows/sale/fetch-order-row"
import { orderSummary } from "../checkout/order-summary"
import { isLookupBlocked, recordLookupFailure } from "./lookup-limit"
import type { OrderLookupBody } from "./validators"

const NOT_FOUND = { type: "not_found", message: "Không tìm thấy đơn hàng với số đơn và số điện thoại này." }

/**
 * A buyer finds an order with no account: its number and the phone it was sent to must both
 * match. A wrong number and a wrong phone get the same answer, and repeated misses are slowed.
 */
export async function POST(req: MedusaRequest<OrderLookupBody>, res: MedusaResponse) {
  const client = req.ip ?? "unknown"
  if (isLookupBlocked(client)) {
    res.status(429).json({ type: "too_many_requests", message: "Bạn đã thử quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại." })
    return
  }
  const displayId = parseOrderNumber(req.validatedBody.number)
  const phone = normalizeCheckoutPhone(req.validatedBody.phone)
  const order = displayId && phone ? await fetchOrderRow(req.scope, { display_id: displayId }) : undefined
  if (!order || !phone || normalizeCheckoutPhone(order.shipping_address?.phone ?? "") !== phone) {
    recordLookupFailure(client)
    res.status(404).json(NOT_FOUND)
    return
  }
  res.json({ order: await orderSummary(req.scope, order.id) })
}
