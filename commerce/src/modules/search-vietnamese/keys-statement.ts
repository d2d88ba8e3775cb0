import type { Sql } from "./keys-filters"
import { EXACT_LIMIT, sampleParts } from "./keys-sample"
import { Builder, columnOf, type FacetRequest, type KeysQuery, matchSql, type Tier, usedColumns, wantedOf } from "./keys-sql"
import { keysTableName, sampleBounds, sampleTableName, TITLE_MARK } from "./keys-table"

type RangeRequest = Extract<FacetRequest, { type: "range" }>

/** The same query asked of the title only: every lexeme becomes its title copy (see keys-table.ts). */
export function titleTsquery(tsquery: string): string {
  return tsquery.replace(/'([^']*)'/g, `'${TITLE_MARK}$1'`)
}

function rangeSelect(b: Builder, request: RangeRequest, column: string): void {
  b.add(`SELECT ? AS f, NULL::text AS v, json_build_array(`, request.field)
  request.ranges.forEach((range, i) => {
    const parts: string[] = []
    const params: unknown[] = []
    if (range.from !== undefined) {
      parts.push(`"${column}" >= ?`)
      params.push(Number(range.from))
    }
    if (range.to !== undefined) {
      parts.push(`"${column}" < ?`)
      params.push(Number(range.to))
    }
    b.add(`${i ? ", " : ""}coalesce(sum(w) FILTER (WHERE ${parts.join(" AND ") || "TRUE"}), 0)`, ...params)
  })
  b.add(`${request.ranges.length ? "" : "0"})::text AS n FROM m`)
}

/** Whether the statement can serve these facets (value and range facets on key columns). */
export function facetsServed(facets: FacetRequest[]): boolean {
  return facets.every((r) => columnOf.has(r.field) && r.type !== "stats")
}

/**
 * A small match (see `small` in keys-sample.ts) read once: its rows with their facet keys,
 * title rank and tier, so that the count, the facets and the ranking candidates all come
 * from one index scan instead of one per tier. A match of many words ("mien dong loai dac
 * biet thach an") costs its index scan each time, because every word's long posting list
 * is walked. Empty (never read) when the match is large: the tiers then use the cuts.
 */
function smallMatchParts(b: Builder, q: KeysQuery, keys: string): void {
  const tiers = q.tiers as Tier[]
  b.add(`mm AS MATERIALIZED (SELECT "id", "title_rank", "k_handle", ${usedColumns(q.facets).join(", ")}, CASE`)
  tiers.forEach((tier, i) => b.add(` WHEN "vec" @@ ?::tsquery THEN ${i}`, tier.tsquery))
  b.add(` ELSE ${tiers.length} END AS tier FROM "${keys}" WHERE (SELECT small FROM est)`)
  matchSql(b, q)
  b.add(`),\n`)
}

/**
 * The matches the count and facets read, weighted: every match (weight 1) unless the count
 * may be estimated and the sample says the match is large, then the sample (weighted by
 * its factor). The one-time filters mean only one side is ever read; a small match read
 * once for the tiers (mm) is not read again.
 */
function facetParts(b: Builder, q: KeysQuery, keys: string): void {
  const list = usedColumns(q.facets).join(", ")
  if (q.tiers) {
    b.add(`m AS MATERIALIZED (SELECT ${list}, 1 AS w FROM mm UNION ALL SELECT ${list}, 1 AS w FROM "${keys}" WHERE NOT (SELECT sampled OR small FROM est)`)
  } else {
    b.add(`m AS MATERIALIZED (SELECT ${list}, 1 AS w FROM "${keys}" WHERE NOT (SELECT sampled FROM est)`)
  }
  matchSql(b, q)
  b.add(` UNION ALL SELECT ${list}, (SELECT f FROM lvl) AS w FROM s WHERE (SELECT sampled FROM est)),\n`)
  b.add(`fc AS (`)
  const selects: (() => void)[] = []
  if (q.count !== "none") selects.push(() => b.add(`SELECT '' AS f, NULL::text AS v, coalesce(sum(w), 0)::text AS n FROM m`))
  for (const request of q.facets) {
    const column = columnOf.get(request.field) as string
    selects.push(() =>
      request.type === "range"
        ? rangeSelect(b, request, column)
        : b.add(`SELECT ? AS f, "${column}"::text AS v, sum(w)::text AS n FROM m WHERE "${column}" IS NOT NULL GROUP BY "${column}"`, request.field)
    )
  }
  selects.forEach((select, i) => {
    if (i) b.add(" UNION ALL ")
    select()
  })
  b.add(`),\n`)
}

/**
 * Candidates in relevance order, tier by tier, each tier's matches ordered by title rank
 * (shorter titles first, then the title slot, a fixed draw by id hash) then handle. A large
 * tier would mean reading and sorting thousands of rows for the first few, so the sample's
 * title ranks give a cut (`cut<i>`): the GIN index hands out only the matches ranked that
 * early, and when those hold `wanted` rows they hold the tier's first `wanted` too.
 * Otherwise the tier is read whole. The outer LIMIT stops at the first tiers that fill it,
 * so later tiers never run (Append runs its branches in order).
 */
function tieredCandidates(b: Builder, q: KeysQuery, keys: string, wanted: number): void {
  const tiers = q.tiers as Tier[]
  const order = `ORDER BY "title_rank", "k_handle" LIMIT ?`
  const large = `NOT (SELECT small FROM est)`
  tiers.forEach((tier, i) => {
    b.add(`near${i} AS MATERIALIZED (SELECT "id", "title_rank", "k_handle" FROM "${keys}"`)
    b.add(` WHERE ${large} AND "vec" @@ (?::tsquery && (SELECT cut${i} FROM est))`, tier.tsquery)
    b.addSql(q.where).add(` ${order}),\n`, wanted)
  })
  b.add(`cand AS (SELECT cand_id, cand_rank FROM (`)
  b.add(`(SELECT "id" AS cand_id, "title_rank" AS cand_rank FROM mm ORDER BY tier, "title_rank", "k_handle" LIMIT ?)`, wanted)
  tiers.forEach((tier, i) => {
    b.add(` UNION ALL (SELECT "id" AS cand_id, "title_rank" AS cand_rank FROM near${i} WHERE (SELECT count(*) FROM near${i}) >= ? ORDER BY "title_rank", "k_handle")`, wanted)
    b.add(` UNION ALL (SELECT "id" AS cand_id, "title_rank" AS cand_rank FROM "${keys}" WHERE ${large} AND (SELECT count(*) FROM near${i}) < ?`, wanted)
    b.add(` AND "vec" @@ ?::tsquery`, tier.tsquery)
    b.addSql(q.where).add(` ${order})`, wanted)
  })
  b.add(`) tiers LIMIT ?),\n`, wanted)
}

function plainCandidates(b: Builder, q: KeysQuery, keys: string, wanted: number): void {
  b.add(`cand AS (SELECT "id" AS cand_id, "title_rank" AS cand_rank FROM "${keys}" WHERE TRUE`)
  matchSql(b, q)
  b.add(` ORDER BY `).addSql(q.candidateOrder).add(` LIMIT ?),\n`, wanted)
}

/**
 * The order of the page when it is relevance (then handle): equal scores go by title rank,
 * the candidates' own order, so that a later page, ranked from more candidates of the same
 * order, never repeats or skips a product that tied with one on an earlier page.
 */
export const TIERED_FINAL_ORDER = `score DESC NULLS LAST, "title_rank" ASC, "indexed"#>>'{handle}' ASC NULLS LAST`

/**
 * When nothing matches, how many of the first words still match something (0: none), so
 * the caller asks once more with those instead of trying each shorter query in turn.
 * Null when something matched or there is nothing shorter to try. The shorter queries are
 * tried longest first and the first that matches ends it (a VALUES list is read in order);
 * each asks the small sample tables before the whole table, because the common case, a
 * word too many on a large match ("mien dong cao bang"), is found there at once, while
 * the whole table's index would first build a bitmap of thousands of rows.
 */
function probeSql(b: Builder, q: KeysQuery, keys: string): void {
  if (!q.shorter.length) {
    b.add(`NULL`)
    return
  }
  const words = q.shorter.length + 1
  b.add(`CASE WHEN EXISTS (SELECT 1 FROM cand) THEN NULL ELSE coalesce((SELECT v.k FROM (VALUES `)
  q.shorter.forEach((tsquery, i) => b.add(`${i ? ", " : ""}(?::int, ?::tsquery)`, words - 1 - i, tsquery))
  b.add(`) v(k, t) WHERE `)
  const tables = [...sampleBounds().map((_, level) => sampleTableName(keys, level)), keys]
  // A count, not EXISTS: under EXISTS the planner expects a row soon and scans the table
  // from the start, which reads all of it when there is none. A sample is only counted
  // when the one before found nothing (OR stops at the first true), so counts stay small.
  tables.forEach((table, i) => {
    b.add(`${i ? " OR " : ""}(SELECT count(*) FROM "${table}" WHERE "vec" @@ v.t`).addSql(q.where).add(`) > 0`)
  })
  b.add(` LIMIT 1), 0) END`)
}

/**
 * One statement for the page of hits, the total and every facet, returning one JSON row
 * `{ sampled, hits: [[id, document, score, ord]], facets: [[field, value, count]], kept }`.
 */
export function keysStatement(q: KeysQuery): Sql {
  const keys = keysTableName(q.table)
  const wanted = wantedOf(q)
  const b = new Builder()
  sampleParts(b, q, keys)
  const withFacets = q.count !== "none" || q.facets.length > 0
  if (q.tiers) smallMatchParts(b, q, keys)
  if (withFacets) facetParts(b, q, keys)
  if (q.tiers) tieredCandidates(b, q, keys, wanted)
  else plainCandidates(b, q, keys, wanted)
  b.add(`ranked AS (SELECT d."id", d."document", d."indexed", cand.cand_rank AS "title_rank", `).addSql(q.rank)
  b.add(` AS score FROM cand JOIN "${q.table}" d ON d."id" = cand.cand_id),\n`)
  b.add(`hits AS (SELECT "id", "document", score, row_number() OVER (ORDER BY ${q.tiers ? TIERED_FINAL_ORDER : q.finalOrder}) AS ord FROM ranked)\n`)
  b.add(`SELECT json_build_object('sampled', (SELECT sampled FROM est), `)
  b.add(`'hits', (SELECT json_agg(json_build_array("id", "document", score, ord)) FROM hits WHERE ord > ? AND ord <= ?), `, q.skip, q.skip + q.take)
  b.add(`'facets', ${withFacets ? "(SELECT json_agg(json_build_array(f, v, n)) FROM fc)" : "NULL"}, 'kept', `)
  probeSql(b, q, keys)
  b.add(`) AS result`)
  return { sql: b.sql, params: b.params }
}
