import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normalizeCheckoutPhone } from "@/lib/vn/checkout-address"
import { findBuyerOrderIds } from "@/workflows/buyer-data/find-buyer-orders"
import { readBuyerData } from "@/workflows/buyer-data/read-buyer-data"
import { buyersOrder } from "../../order-lookup/buyers-order"

/**
 * A buyer downloads everything kept about them: proved by one order's number and phone, they
 * get every order sent to that phone and the messages sent to it, as a JSON file.
 */
export async function POST(req: MedusaRequest<{ number: string; phone: string }>, res: MedusaResponse) {
  const order = await buyersOrder(req, res)
  if (!order) return
  const phone = normalizeCheckoutPhone(order.shipping_address?.phone ?? "") ?? ""
  const data = await readBuyerData(req.scope, await findBuyerOrderIds(req.scope, phone), phone)
  res.setHeader("content-disposition", `attachment; filename="du-lieu-cua-toi-${new Date().toISOString().slice(0, 10)}.json"`)
  res.setHeader("cache-control", "no-store")
  res.json(data)
}
