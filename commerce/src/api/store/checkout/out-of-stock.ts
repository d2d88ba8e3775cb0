import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import type { CheckoutCart } from "./cart-view"

/**
 * Lines of the cart that ask for more than is left, as the buyer will read them:
 * "Hạt dẻ Trùng Khánh (1 kg) chỉ còn 2". Empty when everything is in stock.
 */
export async function shortLines(scope: MedusaContainer, cart: CheckoutCart, salesChannelId: string): Promise<string[]> {
  if (!cart.items.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const availability = await getVariantAvailability(query, {
    variant_ids: cart.items.map((item) => item.variant_id),
    sales_channel_id: salesChannelId,
  })
  return cart.items
    .filter((item) => Number(availability[item.variant_id]?.availability ?? 0) < Number(item.quantity))
    .map((item) => {
      const left = Math.max(0, Number(availability[item.variant_id]?.availability ?? 0))
      const name = item.variant_title ? `${item.product_title ?? item.title} (${item.variant_title})` : item.product_title ?? item.title
      return left === 0 ? `${name} đã hết` : `${name} chỉ còn ${left}`
    })
}
