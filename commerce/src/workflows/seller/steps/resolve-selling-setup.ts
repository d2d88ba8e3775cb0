import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SALES_CHANNEL_NAME, STOCK_LOCATION_NAME } from "@/scripts/seed/store-setup"
import type { SellingSetup } from "../seller-product-input"

export const resolveSellingSetupStepId = "resolve-selling-setup"

/** The store's channel, shipping profile and warehouse, and the category the seller named. */
export const resolveSellingSetupStep = createStep(
  resolveSellingSetupStepId,
  async (input: { category?: string }, { container }) => {
    const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL_NAME })
    const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
    const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: STOCK_LOCATION_NAME })
    if (!channel || !profile || !location) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store is not set up: run the seed first")
    }
    let categoryId: string | null = null
    if (input.category) {
      const [category] = await container
        .resolve(Modules.PRODUCT)
        .listProductCategories({ handle: input.category, is_active: true })
      if (!category) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không có danh mục "${input.category}"`)
      }
      categoryId = category.id
    }
    const setup: SellingSetup = {
      sales_channel_id: channel.id,
      shipping_profile_id: profile.id,
      stock_location_id: location.id,
      category_id: categoryId,
    }
    return new StepResponse(setup)
  }
)
