import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { recordSellerActionStep } from "./steps/record-seller-action"
import { resolveSellerHouseholdStep } from "./steps/resolve-seller-household"
import { resolveSellerProductStep } from "./steps/resolve-seller-product"

export type DeleteSellerProductWorkflowInput = { seller_id: string; household_handle: string; product_id: string }

/** Soft-deletes a household's own product (Medusa keeps the row for past orders). */
export const deleteSellerProductWorkflow = createWorkflow(
  "delete-seller-product",
  (input: DeleteSellerProductWorkflowInput) => {
    const household = resolveSellerHouseholdStep({ seller_id: input.seller_id, household_handle: input.household_handle })
    const product = resolveSellerProductStep(
      transform({ input, household }, ({ input, household }) => ({
        producer_id: household.producer.id,
        product_id: input.product_id,
      }))
    )
    deleteProductsWorkflow.runAsStep({ input: transform({ product }, ({ product }) => ({ ids: [product.id] })) })
    recordSellerActionStep({
      household,
      action: "product.delete",
      entity_type: "product",
      entity_id: product.id,
      entity_title: product.title,
    })
    return new WorkflowResponse(transform({ product }, ({ product }) => ({ id: product.id, deleted: true })))
  }
)
