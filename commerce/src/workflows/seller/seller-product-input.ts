import { MedusaError } from "@medusajs/framework/utils"
import type { HouseholdProduct } from "@/modules/producer/seller-access"

/** What a seller sends for a new product, already validated by the route. */
export type SellerProductDraft = {
  title_vi: string
  title_en?: string
  description_vi?: string
  description_en?: string
  category: string
  variants: { label: string; price_vnd: number; weight_g: number; stock: number }[]
}

export type SellingSetup = {
  sales_channel_id: string
  shipping_profile_id: string
  stock_location_id: string
  category_id: string | null
}

/** The single product option a household's variants differ by ("Loại": 500 g, 1 kg…). */
export const OPTION_TITLE = "Loại"

/**
 * A URL handle without diacritics (`Hạt dẻ Trùng Khánh` → `hat-de-trung-khanh`), `đ` read
 * as `d`, with a suffix so two households listing "Mật ong" get two addresses.
 */
export function productHandle(title: string, suffix: string): string {
  const folded = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "")
  return slug ? `${slug}-${suffix}` : `san-pham-${suffix}`
}

export function variantSku(handle: string, index: number): string {
  return `${handle}-${index + 1}`.toUpperCase()
}

/**
 * The input for Medusa's createProductsWorkflow. The status is always draft: only the
 * publish route makes a product public, and only for a verified household.
 */
export function toCreateProductInput(draft: SellerProductDraft, setup: SellingSetup, handle: string) {
  const labels = draft.variants.map((v) => v.label.normalize("NFC"))
  return {
    title: draft.title_vi.normalize("NFC"),
    handle,
    description: draft.description_vi?.normalize("NFC") ?? null,
    status: "draft" as const,
    category_ids: setup.category_id ? [setup.category_id] : [],
    shipping_profile_id: setup.shipping_profile_id,
    sales_channels: [{ id: setup.sales_channel_id }],
    options: [{ title: OPTION_TITLE, values: labels }],
    variants: draft.variants.map((v, index) => ({
      title: labels[index],
      sku: variantSku(handle, index),
      weight: v.weight_g,
      manage_inventory: true,
      options: { [OPTION_TITLE]: labels[index] },
      prices: [{ currency_code: "vnd", amount: v.price_vnd }],
    })),
  }
}

/** English text goes through the Translation Module, only for the fields the seller gave. */
export function englishTranslation(fields: { title_en?: string; description_en?: string }) {
  const translations: Record<string, string> = {}
  if (fields.title_en) {
    translations.title = fields.title_en.normalize("NFC")
  }
  if (fields.description_en) {
    translations.description = fields.description_en.normalize("NFC")
  }
  return Object.keys(translations).length ? translations : null
}

/**
 * Stock at the warehouse for each variant just created, matched by sku because the query
 * does not promise the order the variants were sent in.
 */
export function initialStock(draft: SellerProductDraft, created: HouseholdProduct, locationId: string) {
  return draft.variants.map((sent, index) => {
    const variant = created.variants.find((v) => v.sku === variantSku(created.handle, index))
    if (!variant?.inventory_item_id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Variant ${index + 1} of product ${created.id} has no inventory item`
      )
    }
    return { inventory_item_id: variant.inventory_item_id, location_id: locationId, stocked_quantity: sent.stock }
  })
}
