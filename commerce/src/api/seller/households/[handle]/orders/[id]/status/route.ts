import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { updateParcelStatusWorkflow } from "@/workflows/sale/update-parcel-status"
import { listHouseholdOrders } from "../../household-orders"
import type { SellerParcelActionType } from "../../validators"

/** Packed, sent (with carrier and tracking code) or handed over (with the cash, for COD). */
export async function POST(req: AuthenticatedMedusaRequest<SellerParcelActionType>, res: MedusaResponse) {
  await updateParcelStatusWorkflow(req.scope).run({
    input: {
      seller_id: req.auth_context.actor_id,
      household_handle: req.params.handle,
      parcel_id: req.params.id,
      change: req.validatedBody,
    },
  })
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  const [order] = await listHouseholdOrders(req.scope, household.producer.id, req.params.id)
  res.json({ order })
}
