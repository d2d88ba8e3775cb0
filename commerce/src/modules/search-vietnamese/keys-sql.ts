import type { SearchTypes } from "@medusajs/framework/types"
import type { Sql } from "./keys-filters"
import { KEY_COLUMNS } from "./keys-table"

export type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>

/** Enough candidates that the full ranking reorders the page the buyer sees, no more. */
export const CANDIDATE_SLACK = 40
/**
 * One tier of the relevance candidates (title matches of the words typed in full, then any
 * title match, then the rest) as a tsquery on the match vector, so the GIN index alone
 * tells a tier's documents apart.
 */
export type Tier = { tsquery: string }

export type KeysQuery = {
  table: string
  /** The match as a tsquery text (already folded), or null for "everything". */
  tsquery: string | null
  where: Sql
  /** Candidate order on key columns, for any requested order. */
  candidateOrder: Sql
  /** Tiers, best first, when the order is relevance then handle; null otherwise. */
  tiers: Tier[] | null
  take: number
  skip: number
  /** Full ranking and final order, run on the few candidates only, over the document rows. */
  rank: Sql
  finalOrder: string
  facets: FacetRequest[]
  count: "exact" | "estimated" | "none"
  /**
   * The match with its last words dropped, longest first: when nothing matches, the
   * statement also says how many words still match something (see probeSql).
   */
  shorter: string[]
}

export const columnOf = new Map(KEY_COLUMNS.map((c) => [c.path, c.column]))

/** Accumulates SQL text and its `?` parameters in the order they appear. */
export class Builder {
  sql = ""
  params: unknown[] = []
  add(text: string, ...params: unknown[]): this {
    this.sql += text
    this.params.push(...params)
    return this
  }
  addSql(part: Sql): this {
    return this.add(part.sql, ...part.params)
  }
}

/** Candidates fetched for full ranking: the page, what precedes it, and some slack. */
export function wantedOf(q: KeysQuery): number {
  return q.skip + q.take + CANDIDATE_SLACK
}

/** The key columns the facets read (one constant column when none). */
export function usedColumns(facets: FacetRequest[]): string[] {
  const used = [...new Set(facets.map((r) => columnOf.get(r.field) as string))].map((c) => `"${c}"`)
  return used.length ? used : ["1 AS one"]
}

/** The match and the filters on the keys table. */
export function matchSql(b: Builder, q: KeysQuery): void {
  if (q.tsquery) b.add(` AND "vec" @@ ?::tsquery`, q.tsquery)
  b.addSql(q.where)
}
