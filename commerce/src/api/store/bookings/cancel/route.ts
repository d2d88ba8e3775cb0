import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBooking } from "@/workflows/experience/cancel-booking"
import { orderSummary } from "../../checkout/order-summary"
import { buyersOrder } from "../../order-lookup/buyers-order"
import type { CancelBookingBody } from "../validators"

/**
 * POST /store/bookings/cancel { number, phone } — the same proof as the order lookup. Cancels
 * a booking-only order while the date is far enough away; answers { order } with the
 * cancelled summary, 400 with the reason otherwise, 404 when number and phone do not match.
 */
export async function POST(req: MedusaRequest<CancelBookingBody>, res: MedusaResponse) {
  const order = await buyersOrder(req, res)
  if (order) {
    await cancelBooking(req.scope, order.id)
    res.json({ order: await orderSummary(req.scope, order.id) })
  }
}
