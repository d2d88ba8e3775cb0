import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normalizeCheckoutPhone } from "@/lib/vn/checkout-address"
import { parseOrderNumber } from "@/modules/sale/order-number"
import { cancelBooking } from "@/workflows/experience/cancel-booking"
import { fetchOrderRow } from "@/workflows/sale/fetch-order-row"
import { orderSummary } from "../../checkout/order-summary"
import { isLookupBlocked, recordLookupFailure } from "../../order-lookup/lookup-limit"
import type { CancelBookingBody } from "../validators"

const NOT_FOUND = { type: "not_found", message: "Không tìm thấy đơn hàng với số đơn và số điện thoại này." }

/**
 * POST /store/bookings/cancel { number, phone } — the same proof as the order lookup. Cancels
 * a booking-only order while the date is far enough away; answers { order } with the
 * cancelled summary, 400 with the reason otherwise, 404 when number and phone do not match.
 */
export async function POST(req: MedusaRequest<CancelBookingBody>, res: MedusaResponse) {
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
  await cancelBooking(req.scope, order.id)
  res.json({ order: await orderSummary(req.scope, order.id) })
}
