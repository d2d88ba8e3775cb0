import type { SearchTypes } from "@medusajs/framework/types"
import { KEY_COLUMNS, keysTableName } from "./keys-table"
import type { SqlManager } from "./lexicon"
import type { Sql } from "./keys-filters"

type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>
type RangeRequest = Extract<FacetRequest, { type: "range" }>
export type FacetResults = Record<string, SearchTypes.SearchFacetResult>

/** Enough candidates that the full ranking below reorders the page the buyer sees, no more. */
export const CANDIDATE_SLACK = 100

export type KeysQuery = {
  table: string
  /** The match on the narrow table (`"vec" @@ …`), or empty for "everything". */
  match: Sql
  where: Sql
  /** Candidate order on key columns; `tier` inside it ranks title matches first. */
  candidateOrder: Sql
  take: number
  skip: number
  /** Full ranking and final order, run on the few candidates only, over the document rows. */
  rank: Sql
  finalOrder: string
}

const columnOf = new Map(KEY_COLUMNS.map((c) => [c.path, c.column]))

/** The page of hits: candidates from the narrow table, then exact ranking over the documents. */
export async function keysHits(manager: SqlManager, q: KeysQuery): Promise<Record<string, unknown>[]> {
  if (q.take === 0) return []
  const keys = keysTableName(q.table)
  const sql = `
    WITH cand AS (
      SELECT "id" AS cand_id FROM "${keys}" WHERE TRUE ${q.match.sql ? `AND ${q.match.sql}` : ""} ${q.where.sql}
      ORDER BY ${q.candidateOrder.sql} LIMIT ?
    )
    SELECT d."id", d."document", d."indexed", ${q.rank.sql} AS score
    FROM cand JOIN "${q.table}" d ON d."id" = cand.cand_id
    ORDER BY ${q.finalOrder} LIMIT ? OFFSET ?`
  const params = [...q.match.params, ...q.where.params, ...q.candidateOrder.params, q.skip + q.take + CANDIDATE_SLACK, ...q.rank.params, q.take, q.skip]
  return await manager.execute(sql, params)
}

function rangeSelect(request: RangeRequest, column: string, params: unknown[]): string {
  const counts = request.ranges.map((range) => {
    const parts: string[] = []
    if (range.from !== undefined) {
      parts.push(`"${column}" >= ?`)
      params.push(Number(range.from))
    }
    if (range.to !== undefined) {
      parts.push(`"${column}" < ?`)
      params.push(Number(range.to))
    }
    return `count(*) FILTER (WHERE ${parts.join(" AND ") || "TRUE"})`
  })
  return `SELECT ? AS f, NULL::text AS v, json_build_array(${counts.join(", ") || "0"})::text AS n FROM m`
}

/**
 * The total and every facet in one statement: the matched rows' keys are read once into
 * a CTE, then grouped once per facet. Returns null for a facet kind it does not serve.
 */
export async function keysFacets(
  manager: SqlManager,
  q: KeysQuery,
  requests: FacetRequest[],
  withCount: boolean
): Promise<{ count: number | null; facets: FacetResults | undefined } | null> {
  const keys = keysTableName(q.table)
  const selects: string[] = []
  const params: unknown[] = [...q.match.params, ...q.where.params]
  if (withCount) selects.push(`SELECT '' AS f, NULL::text AS v, count(*)::text AS n FROM m`)
  for (const request of requests) {
    const column = columnOf.get(request.field)
    if (!column || request.type === "stats") return null
    if (request.type === "range") {
      const bounds: unknown[] = []
      selects.push(rangeSelect(request, column, bounds))
      params.push(request.field, ...bounds)
      continue
    }
    params.push(request.field)
    selects.push(`SELECT ? AS f, "${column}"::text AS v, count(*)::text AS n FROM m WHERE "${column}" IS NOT NULL GROUP BY "${column}"`)
  }
  if (!selects.length) return { count: null, facets: undefined }
  const used = [...new Set(requests.map((r) => columnOf.get(r.field) as string))].map((c) => `"${c}"`)
  const rows = await manager.execute(
    `WITH m AS MATERIALIZED (SELECT ${used.length ? used.join(", ") : "1 AS one"} FROM "${keys}" WHERE TRUE ${q.match.sql ? `AND ${q.match.sql}` : ""} ${q.where.sql})
     ${selects.join(" UNION ALL ")}`,
    params
  )
  return { count: withCount ? Number(rows.find((r) => r.f === "")?.n ?? 0) : null, facets: requests.length ? toFacets(requests, rows) : undefined }
}

function toFacets(requests: FacetRequest[], rows: Record<string, unknown>[]): FacetResults {
  const out: FacetResults = {}
  for (const request of requests) {
    const mine = rows.filter((row) => row.f === request.field)
    if (request.type === "range") {
      const counts = JSON.parse(String(mine[0]?.n ?? "[]")) as number[]
      out[request.field] = {
        type: "range",
        ranges: request.ranges.map((range, i) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: range.from,
          to: range.to,
          count: counts[i] ?? 0,
        })),
      }
      continue
    }
    const values = mine
      .map((row) => ({ value: String(row.v), count: Number(row.n) }))
      .sort((a, b) => (request.type === "value" && request.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
      .slice(0, (request.type === "value" ? request.limit : undefined) ?? 10)
    out[request.field] = { type: "value", values }
  }
  return out
}
