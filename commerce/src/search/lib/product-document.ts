import { expandSynonyms, type SynonymGroups } from "./synonyms"
import type { CatalogDocument } from "./fields"

/** What `query.graph` returns for the product fields in `PRODUCT_GRAPH_FIELDS`. */
export type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: string | Date
  deleted_at?: string | Date | null
  metadata: Record<string, unknown> | null
  tags?: { value: string }[] | null
  categories?: { id: string; handle: string; name: string }[] | null
  variants?: VariantRow[] | null
  producer?: {
    handle: string
    name: string
    area: string
    area_name: string
    verification_status: string
  } | null
}

type VariantRow = {
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  prices?: { amount: number | string; currency_code: string }[] | null
  inventory_items?: { inventory?: { location_levels?: { available_quantity: number | string }[] | null } | null }[] | null
}

export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "metadata",
  "tags.value",
  "categories.id",
  "categories.handle",
  "categories.name",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.available_quantity",
  // Public producer fields only: household_status and phone are never read here.
  "producer.handle",
  "producer.name",
  "producer.area",
  "producer.area_name",
  "producer.verification_status",
]

/** English text from the Translation Module, keyed by the translated record's id. */
export type EnglishText = Map<string, { title?: string; description?: string; name?: string }>

/**
 * A product as buyers may find it, or null when it must not be findable (not
 * published, deleted). Prices are whole đồng; the cheapest variant stands for the product.
 */
export function toProductDocument(
  row: ProductRow,
  english: EnglishText,
  synonyms: SynonymGroups
): CatalogDocument | null {
  if (row.status !== "published" || row.deleted_at) {
    return null
  }
  const category = row.categories?.[0] ?? null
  const en = english.get(row.id)
  const tags = (row.tags ?? []).map((tag) => tag.value)
  const producer = row.producer ?? null
  const document: Omit<CatalogDocument, "synonyms"> = {
    id: row.id,
    // Bookable experiences are products too, with a page of their own (/trai-nghiem/).
    type: row.metadata?.kind === "experience" ? "experience" : "product",
    handle: row.handle,
    title: row.title,
    title_en: en?.title ?? null,
    tags,
    category: category?.handle ?? null,
    category_name: category?.name ?? null,
    category_name_en: category ? (english.get(category.id)?.name ?? null) : null,
    producer_handle: producer?.handle ?? null,
    producer_name: producer?.name ?? null,
    area: producer?.area ?? null,
    area_name: producer?.area_name ?? null,
    description: row.description,
    description_en: en?.description ?? null,
    price: cheapestVnd(row.variants ?? []),
    in_stock: inStock(row.variants ?? []),
    ocop_stars: ocopStars(row.metadata),
    thumbnail: row.thumbnail,
    created_at: new Date(row.created_at).toISOString(),
  }
  const text = [document.title, document.description, ...tags, document.category_name].join(" \n ")
  return { ...document, synonyms: expandSynonyms(text, synonyms).join(" ") }
}

function cheapestVnd(variants: VariantRow[]): number | null {
  const amounts = variants
    .flatMap((variant) => variant.prices ?? [])
    .filter((price) => price.currency_code === "vnd")
    .map((price) => Number(price.amount))
    .filter((amount) => Number.isInteger(amount))
  return amounts.length ? Math.min(...amounts) : null
}

function inStock(variants: VariantRow[]): boolean {
  return variants.some((variant) => {
    if (!variant.manage_inventory || variant.allow_backorder) {
      return true
    }
    return (variant.inventory_items ?? []).some((item) =>
      (item.inventory?.location_levels ?? []).some((level) => Number(level.available_quantity) > 0)
    )
  })
}

function ocopStars(metadata: Record<string, unknown> | null): number | null {
  const stars = metadata?.ocop_stars
  return typeof stars === "number" && Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : null
}
