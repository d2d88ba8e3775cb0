import type { SearchTypes } from "@medusajs/framework/types"
import { CATALOG_INDEX } from "@/search/lib/settings"
import type { StoreSearchQueryType } from "./validators"

/** Price bands in whole đồng: what a household shopper thinks in. */
export const PRICE_RANGES = [
  { key: "duoi-100k", to: 100_000 },
  { key: "100k-200k", from: 100_000, to: 200_000 },
  { key: "200k-500k", from: 200_000, to: 500_000 },
  { key: "500k-1tr", from: 500_000, to: 1_000_000 },
  { key: "tren-1tr", from: 1_000_000 },
]

/** Fields a hit carries to the browser: public, display-ready, nothing index-only. */
export const HIT_FIELDS = [
  "type",
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "thumbnail",
  "price",
  "in_stock",
  "ocop_stars",
  "category",
  "category_name",
  "category_name_en",
  "area",
  "area_name",
  "producer_handle",
  "producer_name",
]

const HIGHLIGHTED = ["title", "title_en", "description", "description_en", "producer_name", "area_name"]

function filtersOf(input: StoreSearchQueryType): SearchTypes.SearchFilters {
  const price =
    input.price_min !== undefined || input.price_max !== undefined
      ? { price: { ...(input.price_min !== undefined ? { $gte: input.price_min } : {}), ...(input.price_max !== undefined ? { $lte: input.price_max } : {}) } }
      : {}
  return {
    ...(input.q ? { q: input.q } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.area ? { area: input.area } : {}),
    ...(input.in_stock !== undefined ? { in_stock: input.in_stock } : {}),
    ...(input.ocop_min !== undefined ? { ocop_stars: { $gte: input.ocop_min } } : {}),
    ...price,
  }
}

/** The requested order, then the handle, so equal keys never reorder between pages. */
function orderOf(input: StoreSearchQueryType): Record<string, "ASC" | "DESC"> {
  return { ...primaryOrder(input), handle: "ASC" }
}

function primaryOrder(input: StoreSearchQueryType): Record<string, "ASC" | "DESC"> {
  switch (input.sort) {
    case "price_asc":
      return { price: "ASC", _score: "DESC" }
    case "price_desc":
      return { price: "DESC", _score: "DESC" }
    case "newest":
      return { created_at: "DESC" }
    default:
      return input.q ? { _score: "DESC" } : { created_at: "DESC" }
  }
}

/** The Search Module query a validated store request stands for. */
export function toCatalogSearch(input: StoreSearchQueryType): SearchTypes.SearchQuery {
  return {
    entity: CATALOG_INDEX,
    fields: HIT_FIELDS,
    filters: filtersOf(input),
    pagination: { skip: input.offset, take: input.limit, order: orderOf(input) },
    search_options: {
      // The last word may still be being typed, so it matches as a prefix.
      match_strategy: "last",
      typo_tolerance: true,
      // Above a few thousand matches the provider may count a sample; nobody pages that far.
      count: "estimated",
      // Disjunctive: choosing a category still shows the other categories' counts.
      disjunctive_facets: true,
      facets: [
        { field: "type", type: "value" },
        { field: "category", type: "value", limit: 20 },
        { field: "area", type: "value", limit: 30 },
        { field: "in_stock", type: "value" },
        { field: "ocop_stars", type: "value" },
        { field: "price", type: "range", ranges: PRICE_RANGES },
      ],
      ...(input.q ? { highlight: { fields: HIGHLIGHTED } } : {}),
    },
  }
}
