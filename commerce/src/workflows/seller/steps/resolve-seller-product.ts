import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOwnVariants, findHouseholdProduct, type HouseholdProduct } from "@/modules/producer/seller-access"

export type ResolveSellerProductInput = { producer_id: string; product_id: string; variant_ids?: string[] }

export const resolveSellerProductStepId = "resolve-seller-product"

/** The product (and named variants), only if the household's own; anything else is "not found". */
export const resolveSellerProductStep = createStep(
  resolveSellerProductStepId,
  async (input: ResolveSellerProductInput, { container }) => {
    const product: HouseholdProduct = await findHouseholdProduct(container, input.producer_id, input.product_id)
    assertOwnVariants(product, input.variant_ids ?? [])
    return new StepResponse(product)
  }
)
