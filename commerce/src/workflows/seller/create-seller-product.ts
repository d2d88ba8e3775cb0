import { randomBytes } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "@/modules/producer"
import {
  englishTranslation,
  initialStock,
  productHandle,
  type SellerProductDraft,
  toCreateProductInput,
} from "./seller-product-input"
import { recordSellerActionStep } from "./steps/record-seller-action"
import { resolveSellerHouseholdStep } from "./steps/resolve-seller-household"
import { resolveSellerProductStep } from "./steps/resolve-seller-product"
import { resolveSellingSetupStep } from "./steps/resolve-selling-setup"

export type CreateSellerProductWorkflowInput = {
  seller_id: string
  household_handle: string
  product: SellerProductDraft
}

/**
 * A household lists a product: a draft in the store's channel, stocked at the warehouse,
 * linked to the household, with English text when given, and recorded under the seller.
 */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (input: CreateSellerProductWorkflowInput) => {
    const household = resolveSellerHouseholdStep({ seller_id: input.seller_id, household_handle: input.household_handle })
    const setup = resolveSellingSetupStep({ category: input.product.category })
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, setup }, ({ input, setup }) => {
        const handle = productHandle(input.product.title_vi, randomBytes(3).toString("hex"))
        return { products: [toCreateProductInput(input.product, setup, handle)] }
      }),
    })
    const productId = transform({ products }, ({ products }) => products[0].id)
    createRemoteLinkStep(
      transform({ household, productId }, ({ household, productId }) => [
        { [PRODUCER_MODULE]: { producer_id: household.producer.id }, [Modules.PRODUCT]: { product_id: productId } },
      ])
    )
    const created = resolveSellerProductStep(
      transform({ household, productId }, ({ household, productId }) => ({
        producer_id: household.producer.id,
        product_id: productId,
      }))
    ).config({ name: "resolve-created-product" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, created, setup }, ({ input, created, setup }) => ({
        inventory_levels: initialStock(input.product, created, setup.stock_location_id),
      })),
    })
    const english = transform({ input }, ({ input }) => englishTranslation(input.product))
    when({ english }, ({ english }) => english !== null).then(() => {
      createTranslationsWorkflow.runAsStep({
        input: transform({ english, productId }, ({ english, productId }) => ({
          translations: [
            { reference_id: productId, reference: "product", locale_code: "en-US", translations: english ?? {} },
          ],
        })),
      })
    })
    recordSellerActionStep({
      household,
      action: "product.create",
      entity_type: "product",
      entity_id: productId,
      entity_title: created.title,
    })
    return new WorkflowResponse(created)
  }
)
