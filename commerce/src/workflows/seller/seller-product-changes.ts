import type { HouseholdProduct } from "@/modules/producer/seller-access"
import type { SellingSetup } from "./seller-product-input"

/** What a seller may change on an existing product; every field is optional. */
export type SellerProductChanges = {
  title_vi?: string
  title_en?: string
  description_vi?: string
  description_en?: string
  category?: string
  variants?: { id: string; label?: string; price_vnd?: number; weight_g?: number; stock?: number }[]
}

/** Product-level fields for updateProductsWorkflow; status and ownership are never among them. */
export function productChanges(changes: SellerProductChanges, setup: SellingSetup) {
  return {
    ...(changes.title_vi !== undefined ? { title: changes.title_vi.normalize("NFC") } : {}),
    ...(changes.description_vi !== undefined ? { description: changes.description_vi.normalize("NFC") } : {}),
    ...(setup.category_id ? { category_ids: [setup.category_id] } : {}),
  }
}

/** Variant title, weight and price; variants with nothing of these to change are left out. */
export function variantChanges(changes: SellerProductChanges) {
  return (changes.variants ?? [])
    .map((v) => ({
      id: v.id,
      ...(v.label !== undefined ? { title: v.label.normalize("NFC") } : {}),
      ...(v.weight_g !== undefined ? { weight: v.weight_g } : {}),
      ...(v.price_vnd !== undefined ? { prices: [{ currency_code: "vnd", amount: v.price_vnd }] } : {}),
    }))
    .filter((v) => Object.keys(v).length > 1)
}

/** New stock levels at the warehouse for the variants whose stock was sent. */
export function stockChanges(changes: SellerProductChanges, product: HouseholdProduct, locationId: string) {
  return (changes.variants ?? []).flatMap((v) => {
    const itemId = product.variants.find((own) => own.id === v.id)?.inventory_item_id
    return v.stock !== undefined && itemId
      ? [{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: v.stock }]
      : []
  })
}
