/** A product as the query returns it for SELLER_PRODUCT_FIELDS. */
export type StoredSellerProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: string | Date
  updated_at: string | Date
  categories?: { handle: string }[] | null
  variants?:
    | {
        id: string
        title: string
        weight: number | null
        prices?: { amount: number; currency_code: string }[] | null
        inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } }[] | null
      }[]
    | null
}

/** The seller's view: field names the seller page uses, prices in whole đồng, stock summed. */
export function toSellerProduct(p: StoredSellerProduct, english: Record<string, unknown> | undefined) {
  return {
    id: p.id,
    handle: p.handle,
    status: p.status,
    title_vi: p.title,
    title_en: typeof english?.title === "string" ? english.title : null,
    description_vi: p.description,
    description_en: typeof english?.description === "string" ? english.description : null,
    category: p.categories?.[0]?.handle ?? null,
    thumbnail: p.thumbnail,
    created_at: p.created_at,
    updated_at: p.updated_at,
    variants: (p.variants ?? []).map((v) => {
      const levels = v.inventory_items?.[0]?.inventory?.location_levels ?? []
      return {
        id: v.id,
        label: v.title,
        price_vnd: v.prices?.find((price) => price.currency_code === "vnd")?.amount ?? null,
        weight_g: v.weight,
        stock: levels.reduce((sum, level) => sum + level.stocked_quantity, 0),
        reserved: levels.reduce((sum, level) => sum + level.reserved_quantity, 0),
      }
    }),
  }
}
