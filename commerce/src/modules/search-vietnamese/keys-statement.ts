import type { SearchTypes } from "@medusajs/framework/types"
import type { Sql } from "./keys-filters"
import { KEY_COLUMNS, keysTableName, lengthLexeme, MAX_TITLE_WORDS, SAMPLE_BUCKETS, SAMPLE_FACTORS, TITLE_MARK } from "./keys-table"

type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>
type RangeRequest = Extract<FacetRequest, { type: "range" }>

/** Enough candidates that the full ranking reorders the page the buyer sees, no more. */
export const CANDIDATE_SLACK = 100
/**
 * Above about this many matches an "estimated" count and the facets come from the sample:
 * reading every match costs time in proportion to the match, and a buyer gains nothing
 * from "18.578" over "about 19.000".
 */
export const EXACT_LIMIT = 2000
/**
 * When the sparse sample (1 in 64) holds at least this many matches, it alone serves the
 * estimates and the cuts (a count within about 9%); below, the dense one (1 in 8) does.
 */
export const SPARSE_ENOUGH = 128

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
}

const columnOf = new Map(KEY_COLUMNS.map((c) => [c.path, c.column]))

/** Accumulates SQL text and its `?` parameters in the order they appear. */
class Builder {
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

/** The same query asked of the title only: every lexeme becomes its title copy (see keys-table.ts). */
export function titleTsquery(tsquery: string): string {
  return tsquery.replace(/'([^']*)'/g, `'${TITLE_MARK}$1'`)
}

/**
 * An estimate to two significant figures (18 576 → 19 000), so it reads as the estimate it
 * is; small numbers are kept as they are.
 */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n)
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1)
  return Math.round(n / unit) * unit
}

/**
 * Which sampled match of a tier sets the title-length cut, for a sample of one document in
 * `factor`: enough that the cut almost surely keeps at least `wanted` matches (twice as
 * many expected; fewer falls back to no cut).
 */
export function cutRank(wanted: number, factor: number): number {
  return Math.ceil((2 * wanted) / factor)
}

/** Candidates fetched for full ranking: the page, what precedes it, and some slack. */
function wantedOf(q: KeysQuery): number {
  return q.skip + q.take + CANDIDATE_SLACK
}

function usedColumns(facets: FacetRequest[]): string[] {
  const used = [...new Set(facets.map((r) => columnOf.get(r.field) as string))].map((c) => `"${c}"`)
  return used.length ? used : ["1 AS one"]
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

function matchSql(b: Builder, q: KeysQuery): void {
  if (q.tsquery) b.add(` AND "vec" @@ ?::tsquery`, q.tsquery)
  b.addSql(q.where)
}

/**
 * The match inside a sample partition. Hidden from the planner in a sub-select: a sample is
 * read for large matches only, and seeing how large, it would scan the whole partition and
 * test every vector (tens of milliseconds) rather than ask the partition's GIN index.
 */
function sampleMatchSql(b: Builder, q: KeysQuery): void {
  if (q.tsquery) b.add(` AND "vec" @@ (SELECT ?::tsquery)`, q.tsquery)
  b.addSql(q.where)
}

function sampleSelect(b: Builder, q: KeysQuery, keys: string, buckets: [number, number]): void {
  b.add(`SELECT ${usedColumns(q.facets).join(", ")}, "title_words"`)
  for (const [i, tier] of (q.tiers ?? []).entries()) b.add(`, ("vec" @@ ?::tsquery) AS t${i}`, tier.tsquery)
  // Constant bounds, so the planner reads only the partitions of the sample.
  b.add(` FROM "${keys}" WHERE "bucket" >= ${buckets[0]} AND "bucket" < ${buckets[1]}`)
}

/**
 * The sample, its factor and its title tiers: what every later choice is made from. The
 * sparse sample is read first; the rest of the dense one only when the sparse one is too
 * small to trust (the constant-false filter keeps its partition unread otherwise).
 */
function sampleParts(b: Builder, q: KeysQuery, keys: string): void {
  const [sparse, dense] = SAMPLE_FACTORS
  const sparseBuckets = SAMPLE_BUCKETS / sparse
  b.add(`WITH s1 AS MATERIALIZED (`)
  sampleSelect(b, q, keys, [0, sparseBuckets])
  sampleMatchSql(b, q)
  b.add(`),\nlvl AS MATERIALIZED (SELECT CASE WHEN count(*) >= ${SPARSE_ENOUGH} THEN ${sparse} ELSE ${dense} END AS f FROM s1),\n`)
  b.add(`s2 AS MATERIALIZED (`)
  sampleSelect(b, q, keys, [sparseBuckets, SAMPLE_BUCKETS / dense])
  b.add(` AND (SELECT f FROM lvl) = ${dense}`)
  sampleMatchSql(b, q)
  b.add(`),\ns AS MATERIALIZED (SELECT * FROM s1 UNION ALL SELECT * FROM s2),\n`)
  b.add(`est AS MATERIALIZED (SELECT count(*) * (SELECT f FROM lvl) AS n_all`)
  // Per tier, the title length the cutRank-th sampled match has, as the lexeme every
  // document with a title that short or shorter carries (null: no useful cut).
  const wanted = wantedOf(q)
  for (const i of (q.tiers ?? []).keys()) {
    const at = `(array_agg("title_words" ORDER BY "title_words") FILTER (WHERE t${i}))[CASE (SELECT f FROM lvl) WHEN ${sparse} THEN ?::int ELSE ?::int END]`
    const ranks = [cutRank(wanted, sparse), cutRank(wanted, dense)]
    b.add(`, CASE WHEN ${at} <= ${MAX_TITLE_WORDS} THEN quote_literal(? || ${at})::tsquery END AS cut${i}`, ...ranks, lengthLexeme(""), ...ranks)
  }
  b.add(`, (? AND count(*) * (SELECT f FROM lvl) > ?) AS sampled FROM s),\n`, q.count === "estimated", EXACT_LIMIT)
}

/**
 * The matches the count and facets read, weighted: every match (weight 1) unless the count
 * may be estimated and the sample says the match is large, then the sample (weighted by
 * its factor). The one-time filters mean only one side is ever read.
 */
function facetParts(b: Builder, q: KeysQuery, keys: string): void {
  const list = usedColumns(q.facets).join(", ")
  b.add(`m AS MATERIALIZED (SELECT ${list}, 1 AS w FROM "${keys}" WHERE NOT (SELECT sampled FROM est)`)
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
 * Candidates in relevance order, tier by tier, each tier's matches ordered by title length
 * then handle. A large tier would mean reading and sorting thousands of rows for the first
 * few, so the sample's title lengths give a cut (`cut<i>`): the GIN index hands out only
 * the matches with titles that short, and when those hold `wanted` rows they hold the
 * tier's first `wanted` too. Otherwise the tier is read whole. The outer LIMIT stops at the
 * first tiers that fill it, so later tiers never run (Append runs its branches in order).
 */
function tieredCandidates(b: Builder, q: KeysQuery, keys: string, wanted: number): void {
  const tiers = q.tiers as Tier[]
  const order = `ORDER BY "title_words", "k_handle" LIMIT ?`
  tiers.forEach((tier, i) => {
    b.add(`near${i} AS MATERIALIZED (SELECT "id", "title_words", "k_handle" FROM "${keys}"`)
    b.add(` WHERE "vec" @@ (?::tsquery && (SELECT cut${i} FROM est))`, tier.tsquery)
    b.addSql(q.where).add(` ${order}),\n`, wanted)
  })
  b.add(`cand AS (SELECT cand_id FROM (`)
  tiers.forEach((tier, i) => {
    if (i) b.add(` UNION ALL `)
    b.add(`(SELECT "id" AS cand_id FROM near${i} WHERE (SELECT count(*) FROM near${i}) >= ? ORDER BY "title_words", "k_handle")`, wanted)
    b.add(` UNION ALL (SELECT "id" AS cand_id FROM "${keys}" WHERE (SELECT count(*) FROM near${i}) < ?`, wanted)
    b.add(` AND "vec" @@ ?::tsquery`, tier.tsquery)
    b.addSql(q.where).add(` ${order})`, wanted)
  })
  b.add(`) tiers LIMIT ?),\n`, wanted)
}

function plainCandidates(b: Builder, q: KeysQuery, keys: string, wanted: number): void {
  b.add(`cand AS (SELECT "id" AS cand_id FROM "${keys}" WHERE TRUE`)
  matchSql(b, q)
  b.add(` ORDER BY `).addSql(q.candidateOrder).add(` LIMIT ?),\n`, wanted)
}

/**
 * One statement for the page of hits, the total and every facet, returning one JSON row
 * `{ sampled, hits: [[id, document, score, ord]], facets: [[field, value, count]] }`.
 */
export function keysStatement(q: KeysQuery): Sql {
  const keys = keysTableName(q.table)
  const wanted = wantedOf(q)
  const b = new Builder()
  sampleParts(b, q, keys)
  const withFacets = q.count !== "none" || q.facets.length > 0
  if (withFacets) facetParts(b, q, keys)
  if (q.tiers) tieredCandidates(b, q, keys, wanted)
  else plainCandidates(b, q, keys, wanted)
  b.add(`ranked AS (SELECT d."id", d."document", d."indexed", `).addSql(q.rank)
  b.add(` AS score FROM cand JOIN "${q.table}" d ON d."id" = cand.cand_id),\n`)
  b.add(`hits AS (SELECT "id", "document", score, row_number() OVER (ORDER BY ${q.finalOrder}) AS ord FROM ranked)\n`)
  b.add(`SELECT json_build_object('sampled', (SELECT sampled FROM est), `)
  b.add(`'hits', (SELECT json_agg(json_build_array("id", "document", score, ord)) FROM hits WHERE ord > ? AND ord <= ?), `, q.skip, q.skip + q.take)
  b.add(`'facets', ${withFacets ? "(SELECT json_agg(json_build_array(f, v, n)) FROM fc)" : "NULL"}) AS result`)
  return { sql: b.sql, params: b.params }
}
