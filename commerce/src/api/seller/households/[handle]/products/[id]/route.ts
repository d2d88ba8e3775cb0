import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { deleteSellerProductWorkflow } from "@/workflows/seller/delete-seller-product"
import { updateSellerProductWorkflow } from "@/workflows/seller/update-seller-product"
import { getHouseholdProduct } from "../household-products"
import type { SellerUpdateProductType } from "../validators"

/** One of the household's products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  res.json({ product: await getHouseholdProduct(req.scope, household.producer.id, req.params.id) })
}

/** Edits text, category, and variants' price, weight and stock. */
export async function POST(req: AuthenticatedMedusaRequest<SellerUpdateProductType>, res: MedusaResponse) {
  const { result } = await updateSellerProductWorkflow(req.scope).run({
    input: {
      seller_id: req.auth_context.actor_id,
      household_handle: req.params.handle,
      product_id: req.params.id,
      changes: req.validatedBody,
    },
  })
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  res.json({ product: await getHouseholdProduct(req.scope, household.producer.id, result.id) })
}

/** Soft-deletes the product; it leaves the storefront and the seller's list. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.auth_context.actor_id, household_handle: req.params.handle, product_id: req.params.id },
  })
  res.json({ id: result.id, object: "product", deleted: true })
}
