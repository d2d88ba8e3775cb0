import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { recordSellerActionStep } from "./steps/record-seller-action"
import { resolveSellerHouseholdStep } from "./steps/resolve-seller-household"
import { resolveSellerProductStep } from "./steps/resolve-seller-product"

export type SetSellerProductStatusWorkflowInput = {
  seller_id: string
  household_handle: string
  product_id: string
  publish: boolean
}

/**
 * Publishing makes a product public only for a verified household; a household still
 * waiting for verification gets "proposed", which the operator's verification publishes.
 */
export const setSellerProductStatusWorkflow = createWorkflow(
  "set-seller-product-status",
  (input: SetSellerProductStatusWorkflowInput) => {
    const household = resolveSellerHouseholdStep({ seller_id: input.seller_id, household_handle: input.household_handle })
    const product = resolveSellerProductStep(
      transform({ input, household }, ({ input, household }) => ({
        producer_id: household.producer.id,
        product_id: input.product_id,
      }))
    )
    const status = transform({ input, household }, ({ input, household }) => {
      if (!input.publish) {
        return "draft" as const
      }
      return household.producer.verification_status === "verified" ? ("published" as const) : ("proposed" as const)
    })
    const updated = updateProductsWorkflow.runAsStep({
      input: transform({ product, status }, ({ product, status }) => ({ selector: { id: product.id }, update: { status } })),
    })
    recordSellerActionStep({
      household,
      action: transform({ input }, ({ input }) => (input.publish ? "product.publish" : "product.unpublish")),
      entity_type: "product",
      entity_id: product.id,
      entity_title: product.title,
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
