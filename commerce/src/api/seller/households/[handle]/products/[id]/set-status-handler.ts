import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { setSellerProductStatusWorkflow } from "@/workflows/seller/set-seller-product-status"
import { getHouseholdProduct } from "../household-products"

/** The publish and unpublish routes differ only in the status they ask for. */
export function setStatusHandler(publish: boolean) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    await setSellerProductStatusWorkflow(req.scope).run({
      input: {
        seller_id: req.auth_context.actor_id,
        household_handle: req.params.handle,
        product_id: req.params.id,
        publish,
      },
    })
    const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
    res.json({ product: await getHouseholdProduct(req.scope, household.producer.id, req.params.id) })
  }
}
