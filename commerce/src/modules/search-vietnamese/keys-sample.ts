import { type Builder, type KeysQuery, usedColumns, wantedOf } from "./keys-sql"
import { lengthLexeme, MAX_TITLE_WORDS, rankLexeme, SAMPLE_FACTORS, sampleTableName, TITLE_SLOTS } from "./keys-table"

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

/** How often a cut may keep too few matches (the tier is then read whole: correct, slower). */
export const CUT_MISS_RATE = 0.01

/**
 * Which sampled match of a tier sets the cut, for a sample of one document in `factor`:
 * the smallest r for which the cut keeps fewer than `wanted` matches at most CUT_MISS_RATE
 * of the time. Each match is sampled with probability 1/factor, so the sampled matches
 * among the tier's first `wanted` are about Poisson with mean wanted/factor, and the cut
 * falls short exactly when r or more of them are sampled.
 */
export function cutRank(wanted: number, factor: number): number {
  const mean = wanted / factor
  let term = Math.exp(-mean)
  let below = 0
  let r = 0
  // P(X >= r) = 1 - P(X <= r - 1): add terms until the tail left is small enough.
  while (1 - (below + term) > CUT_MISS_RATE) {
    below += term
    r += 1
    term *= mean / r
  }
  return r + 1
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
  b.add(`SELECT ${usedColumns(q.facets).join(", ")}, "title_rank"`)
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
  // Per tier, the title rank (length × slots + slot) of the cutRank-th sampled match,
  // read once in `at`, then as the lexemes every document ranked there or before carries:
  // "at most length - 1 words" or "exactly length words, slot at most slot" (null: no
  // useful cut, the title is longer than any length lexeme).
  const wanted = wantedOf(q)
  const tiers = [...(q.tiers ?? []).keys()]
  b.add(`est AS MATERIALIZED (SELECT sampled`)
  for (const i of tiers) {
    const length = `(at${i} / ${TITLE_SLOTS})`
    b.add(`, CASE WHEN ${length} <= ${MAX_TITLE_WORDS} THEN (CASE WHEN ${length} > 1 THEN quote_literal(? || (${length} - 1)) || ' | ' ELSE '' END`, lengthLexeme(""))
    b.add(` || quote_literal(? || ${length} || '.' || (at${i} % ${TITLE_SLOTS})))::tsquery END AS cut${i}`, rankLexeme("", ""))
  }
  b.add(`, small`)
  b.add(` FROM (SELECT (? AND count(*) * (SELECT f FROM lvl) > ?) AS sampled`, q.count === "estimated", EXACT_LIMIT)
  // Whether the match is small enough to read once, whole, for the count, the facets and
  // the candidates alike (see keys-statement.ts), whatever the count asked for.
  b.add(`, count(*) * (SELECT f FROM lvl) <= ? AS small`, EXACT_LIMIT)
  for (const i of tiers) {
    const ranks = [cutRank(wanted, sparse), cutRank(wanted, dense)]
    b.add(`, (array_agg("title_rank" ORDER BY "title_rank") FILTER (WHERE t${i}))[CASE (SELECT f FROM lvl) WHEN ${sparse} THEN ?::int ELSE ?::int END] AS at${i}`, ...ranks)
  }
  b.add(` FROM s) a),\n`)
}
