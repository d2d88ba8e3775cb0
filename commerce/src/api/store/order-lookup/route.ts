import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderSummary } from "../checkout/order-summary"
import { buyersOrder } from "./buyers-order"
import type { OrderLookupBody } from "./validators"

/** A buyer finds an order with no account, by its number and the phone it was sent to. */
export async function POST(req: MedusaRequest<OrderLookupBody>, res: MedusaResponse) {
  const order = await buyersOrder(req, res)
  if (order) {
    res.json({ order: await orderSummary(req.scope, order.id) })
  }
}
