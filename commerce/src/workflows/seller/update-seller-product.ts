import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { englishTranslation } from "./seller-product-input"
import { recordSellerActionStep } from "./steps/record-seller-action"
import { resolveSellerHouseholdStep } from "./steps/resolve-seller-household"
import { resolveSellerProductStep } from "./steps/resolve-seller-product"
import { resolveSellingSetupStep } from "./steps/resolve-selling-setup"
import { upsertProductTranslationStep } from "./steps/upsert-product-translation"
import { productChanges, type SellerProductChanges, stockChanges, variantChanges } from "./seller-product-changes"

export type UpdateSellerProductWorkflowInput = {
  seller_id: string
  household_handle: string
  product_id: string
  changes: SellerProductChanges
}

/** A household edits its own product: text, category, and its variants' price, weight and stock. */
export const updateSellerProductWorkflow = createWorkflow(
  "update-seller-product",
  (input: UpdateSellerProductWorkflowInput) => {
    const household = resolveSellerHouseholdStep({ seller_id: input.seller_id, household_handle: input.household_handle })
    const product = resolveSellerProductStep(
      transform({ input, household }, ({ input, household }) => ({
        producer_id: household.producer.id,
        product_id: input.product_id,
        variant_ids: (input.changes.variants ?? []).map((v) => v.id),
      }))
    )
    const setup = resolveSellingSetupStep({ category: input.changes.category })
    const update = transform({ input, setup }, ({ input, setup }) => productChanges(input.changes, setup))
    when({ update }, ({ update }) => Object.keys(update).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ update, product }, ({ update, product }) => ({ selector: { id: product.id }, update })),
      })
    })
    const variants = transform({ input }, ({ input }) => variantChanges(input.changes))
    when({ variants }, ({ variants }) => variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variants } })
    })
    const stock = transform({ input, product, setup }, ({ input, product, setup }) =>
      stockChanges(input.changes, product, setup.stock_location_id)
    )
    when({ stock }, ({ stock }) => stock.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: { updates: stock } })
    })
    upsertProductTranslationStep(
      transform({ input, product }, ({ input, product }) => ({
        product_id: product.id,
        translations: englishTranslation(input.changes),
      }))
    )
    recordSellerActionStep({
      household,
      action: "product.update",
      entity_type: "product",
      entity_id: product.id,
      entity_title: transform({ input, product }, ({ input, product }) => input.changes.title_vi ?? product.title),
    })
    return new WorkflowResponse(product)
  }
)
