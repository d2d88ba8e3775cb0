import { type Builder, type KeysQuery, usedColumns, wantedOf } from "./keys-sql"
import { lengthLexeme, MAX_TITLE_WORDS, SAMPLE_FACTORS, sampleTableName } from "./keys-table"

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

/**
 * The match inside a sample table. Hidden from the planner in a sub-select: a sample is
 * read for large matches only, and seeing how large, it would scan the whole table and
 * test every vector (tens of milliseconds) rather than ask the table's GIN index.
 */
function sampleMatchSql(b: Builder, q: KeysQuery): void {
  if (q.tsquery) b.add(` AND "vec" @@ (SELECT ?::tsquery)`, q.tsquery)
  b.addSql(q.where)
}

function sampleSelect(b: Builder, q: KeysQuery, sampleTable: string): void {
  b.add(`SELECT ${usedColumns(q.facets).join(", ")}, "title_words"`)
  for (const [i, tier] of (q.tiers ?? []).entries()) b.add(`, ("vec" @@ ?::tsquery) AS t${i}`, tier.tsquery)
  b.add(` FROM "${sampleTable}" WHERE TRUE`)
}

/**
 * The sample, its factor and its title tiers: what every later choice is made from. The
 * sparse sample is read first; the rest of the dense one only when the sparse one is too
 * small to trust (the one-time filter keeps its table unread otherwise).
 */
export function sampleParts(b: Builder, q: KeysQuery, keys: string): void {
  const [sparse, dense] = SAMPLE_FACTORS
  b.add(`WITH s1 AS MATERIALIZED (`)
  sampleSelect(b, q, sampleTableName(keys, 0))
  sampleMatchSql(b, q)
  b.add(`),\nlvl AS MATERIALIZED (SELECT CASE WHEN count(*) >= ${SPARSE_ENOUGH} THEN ${sparse} ELSE ${dense} END AS f FROM s1),\n`)
  b.add(`s2 AS MATERIALIZED (`)
  sampleSelect(b, q, sampleTableName(keys, 1))
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
