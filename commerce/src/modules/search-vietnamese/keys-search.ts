import type { SearchTypes } from "@medusajs/framework/types"
import { roundEstimate } from "./keys-sample"
import type { KeysQuery } from "./keys-sql"
import { keysStatement } from "./keys-statement"
import type { SqlManager } from "./lexicon"

type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>
export type FacetResults = Record<string, SearchTypes.SearchFacetResult>
export type KeysHit = { id: string; document: unknown; score: number }
/** `kept`: when nothing matched, how many first words still match something (see probeSql). */
export type KeysResult = { hits: KeysHit[]; count: number | null; facets: FacetResults | undefined; kept: number | null }

/** [field, value, count]; a range facet's count is a JSON array, one count per range. */
type FacetRow = [string, string | null, string]
type Row = { sampled: boolean; hits: [string, unknown, number, number][] | null; facets: FacetRow[] | null; kept: number | null }

/** Runs the one statement of keys-statement.ts and reads its JSON row back. */
export async function keysSearch(manager: SqlManager, q: KeysQuery): Promise<KeysResult> {
  const { sql, params } = keysStatement(q)
  const [row] = await manager.execute(sql, params)
  const result = (typeof row.result === "string" ? JSON.parse(row.result) : row.result) as Row
  const hits = [...(result.hits ?? [])].sort((a, b) => a[3] - b[3]).map(([id, document, score]) => ({ id, document, score }))
  const rows = result.facets ?? []
  // Counts from the sample are scaled up; rounding says they are estimates.
  const count = (n: unknown) => (result.sampled ? roundEstimate(Number(n)) : Number(n))
  const total = rows.find(([f]) => f === "")
  return {
    hits,
    count: q.count === "none" ? null : count(total?.[2] ?? 0),
    facets: q.facets.length ? toFacets(q.facets, rows, count) : undefined,
    kept: result.kept ?? null,
  }
}

function toFacets(requests: FacetRequest[], rows: FacetRow[], count: (n: unknown) => number): FacetResults {
  const out: FacetResults = {}
  for (const request of requests) {
    const mine = rows.filter(([f]) => f === request.field)
    if (request.type === "range") {
      const counts = JSON.parse(String(mine[0]?.[2] ?? "[]")) as number[]
      out[request.field] = {
        type: "range",
        ranges: request.ranges.map((range, i) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: range.from,
          to: range.to,
          count: count(counts[i] ?? 0),
        })),
      }
      continue
    }
    const values = mine
      .map(([, v, n]) => ({ value: String(v), count: count(n) }))
      .sort((a, b) => (request.type === "value" && request.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
      .slice(0, (request.type === "value" ? request.limit : undefined) ?? 10)
    out[request.field] = { type: "value", values }
  }
  return out
}
