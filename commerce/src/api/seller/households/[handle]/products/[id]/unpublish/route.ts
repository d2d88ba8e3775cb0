import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { setSellerProductStatusWorkflow } from "@/workflows/seller/set-seller-product-status"
import { getHouseholdProduct } from "../../household-products"

/** Takes the product off the storefront (back to draft). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setSellerProductStatusWorkflow(req.scope).run({
    input: {
      seller_id: req.auth_context.actor_id,
      household_handle: req.params.handle,
      product_id: req.params.id,
      publish: false,
    },
  })
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  res.json({ product: await getHouseholdProduct(req.scope, household.producer.id, req.params.id) })
}
