import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { listHouseholdOrders } from "./household-orders"

/** The household's parcels to pack and send (404 for a household the seller may not act for). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  const orders = await listHouseholdOrders(req.scope, household.producer.id)
  res.json({ orders, count: orders.length })
}
