import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { createSellerProductWorkflow } from "@/workflows/seller/create-seller-product"
import { getHouseholdProduct, listHouseholdProducts } from "./household-products"
import type { SellerCreateProductType, SellerListProductsType } from "./validators"

/** The household's products, if the seller may act for it (404 otherwise). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerListProductsType>, res: MedusaResponse) {
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  const page = req.validatedQuery as SellerListProductsType
  const { products, count } = await listHouseholdProducts(req.scope, household.producer.id, page)
  res.json({ products, count, offset: page.offset, limit: page.limit })
}

/** Lists a new product (a draft) for the household, recorded under the seller's name. */
export async function POST(req: AuthenticatedMedusaRequest<SellerCreateProductType>, res: MedusaResponse) {
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.auth_context.actor_id, household_handle: req.params.handle, product: req.validatedBody },
  })
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  res.status(201).json({ product: await getHouseholdProduct(req.scope, household.producer.id, result.id) })
}
