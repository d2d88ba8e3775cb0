import type { SearchTypes } from "@medusajs/framework/types"
import { HIT_FIELDS } from "./query-config"
import type { StoreSearchQueryType } from "./validators"

type FacetValue = { value: string; count: number }
type FacetRange = { key: string; from?: number | string; to?: number | string; count: number }

/** Hits carry only the listed fields, whatever an engine returns beside them. */
function toHit(hit: SearchTypes.SearchHit) {
  const out: Record<string, unknown> = {}
  for (const field of HIT_FIELDS) {
    out[field] = hit.document[field] ?? null
  }
  return { ...out, highlights: hit.highlights ?? {} }
}

function toFacet(facet: SearchTypes.SearchFacetResult): FacetValue[] | FacetRange[] | { min: number; max: number } {
  switch (facet.type) {
    case "value":
      return facet.values.filter((v) => v.count > 0)
    case "range":
      return facet.ranges
    default:
      return { min: facet.min, max: facet.max }
  }
}

/** `{ hits, facets, total }`, the shape the storefront's search page and box read. */
export function toSearchResponse(result: SearchTypes.SearchResult, input: StoreSearchQueryType) {
  const facets = Object.fromEntries(
    Object.entries(result.facets ?? {}).map(([field, facet]) => [field, toFacet(facet)])
  )
  return {
    hits: result.hits.map(toHit),
    facets,
    total: result.metadata.count ?? result.hits.length,
    limit: input.limit,
    offset: input.offset,
  }
}
