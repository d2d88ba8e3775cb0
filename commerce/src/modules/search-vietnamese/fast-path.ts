import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/search-postgres/dist/utils/documents"
import { keysOrder, keysWhere, type Sql } from "./keys-filters"
import { type FacetResults, keysFacets, keysHits, type KeysQuery } from "./keys-search"
import type { SqlManager } from "./lexicon"

type Query = SearchTypes.ProviderSearchQuery
type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>

/** What the provider knows about one query, ready to be turned into SQL. */
export type FastInput = {
  query: Query
  table: string
  tsConfig: string
  /** `to_tsquery` text of the match, and of the words typed in full (for the title tier). */
  tsquery: string | null
  exactTsquery: string | null
  rank: Sql
  finalOrder: string
}

function normalizeFacets(requests: (string | SearchTypes.SearchFacetRequest)[] | undefined): FacetRequest[] {
  return (requests ?? []).map((request) => (typeof request === "string" ? { field: request, type: "value" } : request))
}

function tierSql(input: FastInput): Sql {
  // A cast, because a bare 0 in ORDER BY means "column number 0".
  if (!input.tsquery) return { sql: "0::int", params: [] }
  const parts = [input.tsquery, ...(input.exactTsquery ? [input.exactTsquery] : [])]
  return {
    sql: `(${parts.map(() => `("title_vec" @@ ?::tsquery)::int`).join(" + ")})`,
    params: parts,
  }
}

/**
 * Search over the narrow keys table: one statement for the page of hits (candidates by
 * title tier, full ranking on those only) and one for the total and every facet, run
 * side by side. Null when the query asks for something only the general path serves.
 */
export async function fastSearch(manager: SqlManager, input: FastInput): Promise<SearchTypes.SearchResult | null> {
  const { query } = input
  const options = query.search_options ?? {}
  if (options.min_score !== undefined || options.distinct || query.index.settings.distinct_attribute) return null
  const where = keysWhere(query.filters as Record<string, unknown> | undefined)
  const tier = tierSql(input)
  const order = keysOrder(query.pagination?.order as Record<string, string> | undefined, tier.sql)
  if (!where || !order) return null
  const tierUses = order.split(tier.sql).length - 1
  const keysQuery: KeysQuery = {
    table: input.table,
    // A tsquery value rather than to_tsquery(…): the planner sees a constant, estimates the
    // GIN index right and never falls back to a scan of every row. The words are already
    // folded exactly as the configuration would fold them.
    match: input.tsquery ? { sql: `"vec" @@ ?::tsquery`, params: [input.tsquery] } : { sql: "", params: [] },
    where,
    candidateOrder: { sql: order, params: Array.from({ length: tierUses }, () => tier.params).flat() },
    take: query.pagination?.take ?? 20,
    skip: query.pagination?.skip ?? 0,
    rank: input.rank,
    finalOrder: input.finalOrder,
  }
  const started = Date.now()
  const [rows, aggregate] = await Promise.all([
    keysHits(manager, keysQuery),
    keysFacets(manager, keysQuery, normalizeFacets(options.facets), options.count !== "none"),
  ])
  if (!aggregate) return null
  return {
    hits: rows.map((row) => ({
      id: String(row.id),
      score: options.include_score ? Number(row.score) : undefined,
      document: projectDocument(
        (typeof row.document === "string" ? JSON.parse(row.document) : row.document) as Record<string, unknown>,
        query.attributes_to_retrieve
      ),
    })),
    facets: aggregate.facets as FacetResults | undefined,
    metadata: {
      skip: keysQuery.skip,
      take: keysQuery.take,
      count: aggregate.count,
      query: query.q,
      processing_time_ms: Date.now() - started,
    },
  }
}
