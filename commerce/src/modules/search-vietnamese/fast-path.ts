import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/search-postgres/dist/utils/documents"
import { keysOrder, keysWhere, type Sql } from "./keys-filters"
import { keysSearch } from "./keys-search"
import type { KeysQuery, Tier } from "./keys-sql"
import { facetsServed, titleTsquery } from "./keys-statement"
import type { SqlManager } from "./lexicon"

type Query = SearchTypes.ProviderSearchQuery
type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>

/** What the provider knows about one query, ready to be turned into SQL. */
export type FastInput = {
  query: Query
  table: string
  /** `to_tsquery` text of the match, and of the words typed in full (for the title tier). */
  tsquery: string | null
  exactTsquery: string | null
  rank: Sql
  finalOrder: string
  /** The match with its last words dropped, longest first (see KeysQuery.shorter). */
  shorter: string[]
}

/** A page of results and, when it is empty, how many first words still match something. */
export type FastResult = { result: SearchTypes.SearchResult; kept: number | null }

function normalizeFacets(requests: (string | SearchTypes.SearchFacetRequest)[] | undefined): FacetRequest[] {
  return (requests ?? []).map((request) => (typeof request === "string" ? { field: request, type: "value" } : request))
}

const TITLE = `"vec" @@ ?::tsquery`

/**
 * The title tiers, best first: the title holds the words as typed in full, then as typed
 * (a prefix for the last word), then not at all. Equal to ranking by how many of the two
 * the title matches. A title match implies the match (see keys-table.ts), so each tier is
 * one tsquery.
 */
export function titleTiers(tsquery: string, exactTsquery: string | null): Tier[] {
  const title = titleTsquery(tsquery)
  const rest = { tsquery: `(${tsquery}) & !(${title})` }
  if (!exactTsquery) return [{ tsquery: title }, rest]
  const exactTitle = titleTsquery(exactTsquery)
  return [{ tsquery: exactTitle }, { tsquery: `(${title}) & !(${exactTitle})` }, rest]
}

/** Whether the order is relevance, then (optionally) handle: the order the tiers serve. */
export function isRelevanceOrder(order: Record<string, string> | undefined): boolean {
  const entries = Object.entries(order ?? {})
  if (!entries.length || entries[0][0] !== "_score" || entries[0][1] !== "DESC") return false
  return entries.length === 1 || (entries.length === 2 && entries[1][0] === "handle" && entries[1][1] === "ASC")
}

function tierSql(input: FastInput): Sql {
  // A cast, because a bare 0 in ORDER BY means "column number 0".
  if (!input.tsquery) return { sql: "0::int", params: [] }
  const parts = [input.tsquery, ...(input.exactTsquery ? [input.exactTsquery] : [])].map(titleTsquery)
  return { sql: `(${parts.map(() => `(${TITLE})::int`).join(" + ")})`, params: parts }
}

/**
 * Search over the narrow keys table in one statement: the page of hits (candidates by
 * title tier, full ranking on those only), the total and every facet. Null when the query
 * asks for something only the general path serves.
 */
export async function fastSearch(manager: SqlManager, input: FastInput): Promise<FastResult | null> {
  const { query } = input
  const options = query.search_options ?? {}
  if (options.min_score !== undefined || options.distinct || query.index.settings.distinct_attribute) return null
  const facets = normalizeFacets(options.facets)
  const where = keysWhere(query.filters as Record<string, unknown> | undefined)
  const tier = tierSql(input)
  const requested = query.pagination?.order as Record<string, string> | undefined
  const order = keysOrder(requested, tier.sql)
  if (!where || !order || !facetsServed(facets)) return null
  const tierUses = order.split(tier.sql).length - 1
  const keysQuery: KeysQuery = {
    table: input.table,
    // A tsquery value rather than to_tsquery(…): the planner sees a constant, estimates the
    // GIN index right and never falls back to a scan of every row. The words are already
    // folded exactly as the configuration would fold them.
    tsquery: input.tsquery,
    where,
    candidateOrder: { sql: order, params: Array.from({ length: tierUses }, () => tier.params).flat() },
    tiers: input.tsquery && isRelevanceOrder(requested) ? titleTiers(input.tsquery, input.exactTsquery) : null,
    take: query.pagination?.take ?? 20,
    skip: query.pagination?.skip ?? 0,
    rank: input.rank,
    finalOrder: input.finalOrder,
    facets,
    count: options.count ?? "exact",
    shorter: input.shorter,
  }
  const started = Date.now()
  const found = await keysSearch(manager, keysQuery)
  const result: SearchTypes.SearchResult = {
    hits: found.hits.map((row) => ({
      id: row.id,
      score: options.include_score ? Number(row.score) : undefined,
      document: projectDocument(
        (typeof row.document === "string" ? JSON.parse(row.document) : row.document) as Record<string, unknown>,
        query.attributes_to_retrieve
      ),
    })),
    facets: found.facets,
    metadata: {
      skip: keysQuery.skip,
      take: keysQuery.take,
      count: found.count,
      query: query.q,
      processing_time_ms: Date.now() - started,
    },
  }
  return { result, kept: found.kept }
}
