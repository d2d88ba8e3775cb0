import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { toDong } from "@/modules/sale/to-dong"
import type { CheckoutCart } from "./cart-view"

type Draw = { inventory_item_id: string; required_quantity: number }
type VariantStock = { id: string; manage_inventory: boolean; allow_backorder: boolean; inventory_items?: Draw[] | null }

export type StockPlan = {
  /** Every stock item the cart draws on, sorted, to lock before completing. */
  itemIds: string[]
  /** Lines that ask for more than is left, as the buyer reads them. Empty when all fits. */
  short: () => Promise<string[]>
}

/**
 * What a cart takes from stock, added up per stock item across all its lines: two packs of
 * one product ("1 kg" drawing 1 unit, "2 × 500 g" drawing 2) share one count, and checking
 * each line alone (as Medusa 2.21 does, medusajs/medusa#16502) would sell more than there is.
 */
export async function stockPlan(scope: MedusaContainer, cart: CheckoutCart, salesChannelId: string): Promise<StockPlan> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(cart.items.map((item) => item.variant_id))]
  const [{ data: variants }, { data: channels }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: variantIds },
    }),
    query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } }),
  ])
  const byVariant = new Map((variants as VariantStock[]).map((variant) => [variant.id, variant]))
  const locationIds = ((channels[0] as { stock_locations?: Array<{ id: string } | null> })?.stock_locations ?? [])
    .filter((location): location is { id: string } => Boolean(location))
    .map((location) => location.id)
  const need = new Map<string, number>()
  for (const item of cart.items) {
    const variant = byVariant.get(item.variant_id)
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const draw of variant.inventory_items ?? []) {
      need.set(draw.inventory_item_id, (need.get(draw.inventory_item_id) ?? 0) + toDong(item.quantity) * toDong(draw.required_quantity))
    }
  }
  const itemIds = [...need.keys()].sort()
  const short = async () => {
    const inventory = scope.resolve(Modules.INVENTORY)
    const available = new Map<string, number>()
    for (const id of itemIds) {
      available.set(id, locationIds.length ? toDong(await inventory.retrieveAvailableQuantity(id, locationIds)) : 0)
    }
    const lines: string[] = []
    for (const item of cart.items) {
      const draws = byVariant.get(item.variant_id)?.inventory_items ?? []
      const tooMany = draws.find((draw) => (need.get(draw.inventory_item_id) ?? 0) > (available.get(draw.inventory_item_id) ?? 0))
      if (!tooMany) continue
      const left = Math.max(0, Math.floor((available.get(tooMany.inventory_item_id) ?? 0) / Math.max(1, toDong(tooMany.required_quantity))))
      const name = item.variant_title ? `${item.product_title ?? item.title} (${item.variant_title})` : item.product_title ?? item.title
      lines.push(left === 0 ? `${name} đã hết` : `${name} chỉ còn ${left}`)
    }
    return lines
  }
  return { itemIds, short }
}
