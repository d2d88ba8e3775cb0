import { readFileSync } from "node:fs"
import { loadavg } from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import pg from "pg"
import { generateCatalog, type SyntheticProduct } from "#scripts/catalog/generate-catalog.ts"
import { loadCommerce } from "./search-commerce.ts"
import { seedProducts, toDocument } from "./search-documents.ts"
import { knownItemQueries } from "./search-known-items.ts"
import { extraWords } from "./search-lexicon.ts"
import { mean, percentile, recallAt5, reciprocalRank, timed } from "./search-measure.ts"
import { pgManager } from "./search-pg-manager.ts"
import type { BenchIndex, BenchProvider } from "./search-types.ts"

/**
 * `npm run bench:search [-- --sizes 10000,100000 --runs 3]`: builds the catalog index of
 * the seed plus N synthetic products in a scratch database, then runs the relevance set
 * through the embedded provider (as `GET /store/search` asks it: facets, highlights,
 * typeahead, estimated count) and through the SQL of Medusa's `q` filter on the same rows.
 * Server time = time inside the provider / the SQL call, no HTTP.
 */
const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({
  options: { sizes: { type: "string", default: "10000,100000" }, runs: { type: "string", default: "3" }, reuse: { type: "boolean", default: false }, slowest: { type: "string", default: "0" }, lexicon: { type: "string", default: "30000" } },
})
const sizes = values.sizes.split(",").map(Number)
const runs = Number(values.runs)
const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres:devpass@localhost:54329/postgres"
const BENCH_DB = "cho_phien_search_bench"
/** The catalog's typo sizes (settings.ts): one typo from 4 letters, two from 8. */
const TYPO_SIZES = { one: 4, two: 8 }
const relevance = (JSON.parse(readFileSync(path.join(root, "test/search/relevance-set.json"), "utf8")) as {
  queries: { q: string; expected: string[] }[]
}).queries
const commerce = loadCommerce()
/** The keys table of the bench index and its sample tables (see keys-table.ts). */
const KEYS_TABLES = ["search_pg_catalog_bench_keys", "search_pg_catalog_bench_keys_s0", "search_pg_catalog_bench_keys_s1"]

function benchUrl(): string {
  const url = new URL(adminUrl)
  url.pathname = `/${BENCH_DB}`
  return url.toString()
}

/**
 * With `--reuse`, a scratch database left by an earlier run with the same number of
 * documents is searched again as it is (no build, build time not measured): for trying a
 * change of the search path without waiting for a 100k build. Null when there is none.
 */
async function reusableDatabase(documents: number): Promise<string | null> {
  const client = new pg.Client({ connectionString: benchUrl() })
  try {
    await client.connect()
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM search_pg_catalog_bench`)
    return rows[0].n === documents ? benchUrl() : null
  } catch {
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${BENCH_DB}`)
  await admin.end()
  return benchUrl()
}

/** Medusa's product table, as far as its `q` filter reads it (title, subtitle, description). */
async function loadProductTable(client: pg.Client, products: SyntheticProduct[]) {
  await client.query(`CREATE TABLE product (id text primary key, handle text not null, title text not null, subtitle text,
    description text, status text not null default 'published', created_at timestamptz not null default now(), deleted_at timestamptz)`)
  for (let i = 0; i < products.length; i += 1000) {
    const chunk = products.slice(i, i + 1000)
    const params = chunk.flatMap((p, j) => [`prod_bench_${String(i + j).padStart(7, "0")}`, p.handle, p.title.vi, p.description.vi])
    await client.query(
      `INSERT INTO product (id, handle, title, description) VALUES ${chunk.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(", ")}`,
      params
    )
  }
  await client.query("ANALYZE product")
}

/** What the product module runs for `?q=`: ILIKE on its searchable columns, a page and a count. */
async function medusaQ(client: pg.Client, q: string): Promise<string[]> {
  const where = `deleted_at IS NULL AND (title ILIKE $1 OR subtitle ILIKE $1 OR description ILIKE $1)`
  const [rows] = await Promise.all([
    client.query(`SELECT handle FROM product WHERE ${where} ORDER BY id LIMIT 20`, [`%${q}%`]),
    client.query(`SELECT count(*) FROM product WHERE ${where}`, [`%${q}%`]),
  ])
  return rows.rows.map((row: { handle: string }) => row.handle)
}

function engineQuery(index: BenchIndex, q: string) {
  const search = commerce.toCatalogSearch({ q, sort: "relevance", limit: 20, offset: 0 })
  const { q: text, ...filters } = search.filters
  return {
    index,
    attributes_to_retrieve: search.fields,
    q: text,
    filters: Object.keys(filters).length ? filters : undefined,
    pagination: search.pagination,
    search_options: { ...search.search_options, disjunctive_facets: undefined },
  }
}

async function benchSize(size: number) {
  const products = [...seedProducts(root), ...generateCatalog({ count: size })]
  const reused = values.reuse ? await reusableDatabase(products.length) : null
  const url = reused ?? (await freshDatabase())
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  if (!reused) {
    for (const sql of commerce.VIETNAMESE_SEARCH_SCHEMA_SQL) {
      await client.query(sql)
    }
    await loadProductTable(client, products)
  } else {
    // An index from before the typo keys: what the migration does on a deploy.
    await client.query(commerce.TYPO_KEYS_TABLE_SQL)
    await client.query(commerce.LEXICON_SEEN_SQL)
    await client.query(commerce.typoKeysBackfillSql("search_vi_lexicon"))
  }
  const { manager, close } = pgManager(url)
  const provider: BenchProvider = new commerce.VietnameseSearchService({ manager })
  const index: BenchIndex = {
    name: "catalog", entity: "product", primary_key: "id", provider: "search-vietnamese",
    fields: commerce.catalogSearchFields.toFields(), settings: commerce.CATALOG_SEARCH_SETTINGS,
    definition_hash: "bench", physical_name: "catalog_bench", seed: async function* () {},
  }
  const groups = commerce.loadSynonyms()
  const build = await timed(async () => {
    // A reused index is only brought to the current keys version (what a deploy does).
    await provider.upsertIndex({ index })
    if (reused) {
      for (const keys of KEYS_TABLES) await client.query(`VACUUM ANALYZE ${keys}`)
      return
    }
    for (let i = 0; i < products.length; i += 500) {
      const documents = products.slice(i, i + 500).map((p, j) => toDocument(p, i + j, (text) => commerce.expandSynonyms(text, groups)))
      await provider.upsertDocuments({ index: "catalog_bench", definition: index, documents })
    }
    await client.query("ANALYZE search_pg_catalog_bench")
    // What autovacuum does after a bulk load on a real server: merges the GIN pending lists.
    for (const keys of KEYS_TABLES) await client.query(`VACUUM ANALYZE ${keys}`)
  })
  // A real catalog's vocabulary, not the generator's few hundred words (search-lexicon.ts).
  await commerce.rememberWords(manager, [extraWords(Number(values.lexicon)).join(" ")])
  await client.query("ANALYZE search_vi_lexicon; ANALYZE search_vi_typo_keys")
  const engine = { ms: [] as number[], recall: [] as number[], rr: [] as number[] }
  const perQuery = new Map<string, number[]>()
  const ilike = { ms: [] as number[], recall: [] as number[], rr: [] as number[] }
  for (let run = 0; run < runs; run += 1) {
    for (const { q, expected } of relevance) {
      const e = await timed(() => provider.search(engineQuery(index, q)))
      const m = await timed(() => medusaQ(client, q))
      engine.ms.push(e.ms)
      perQuery.set(q, [...(perQuery.get(q) ?? []), e.ms])
      ilike.ms.push(m.ms)
      if (run === 0) {
        const got = e.value.hits.map((hit) => String(hit.document.handle))
        engine.recall.push(recallAt5(expected, got))
        engine.rr.push(reciprocalRank(expected, got))
        ilike.recall.push(recallAt5(expected, m.value))
        ilike.rr.push(reciprocalRank(expected, m.value))
      }
    }
  }
  // Known items: found when the top 10 holds a product with the asked-for title.
  const known = { exact: [] as number[], typo: [] as number[], ms: [] as number[] }
  const knownPerQuery = new Map<string, number[]>()
  for (const item of knownItemQueries(products, 100)) {
    const e = await timed(() => provider.search(engineQuery(index, item.q)))
    known.ms.push(e.ms)
    knownPerQuery.set(item.q, [...(knownPerQuery.get(item.q) ?? []), e.ms])
    const found = e.value.hits.slice(0, 10).some((hit) => hit.document.title === item.title) ? 1 : 0
    ;(item.typo ? known.typo : known.exact).push(found)
  }
  // The typo lookup alone, both ways, over the relevance set's words.
  const typo = { keys: [] as number[], scan: [] as number[] }
  for (let run = 0; run < runs; run += 1) {
    for (const { q } of relevance) {
      const terms = commerce.queryTerms(q)
      for (const via of ["keys", "scan"] as const) typo[via].push((await timed(() => commerce.wordFacts(manager, terms, TYPO_SIZES, via))).ms)
    }
  }
  const { rows: lexicon } = await client.query(
    `SELECT (SELECT count(*) FROM search_vi_lexicon)::int AS words, (SELECT count(*) FROM search_vi_typo_keys)::int AS keys, pg_total_relation_size('search_vi_typo_keys') AS bytes`
  )
  printSlowest(`${size.toLocaleString("en")}, relevance set`, perQuery)
  printSlowest(`${size.toLocaleString("en")}, known items`, knownPerQuery)
  const { rows } = await client.query(`SELECT pg_total_relation_size('search_pg_catalog_bench') AS bytes`)
  await close()
  await client.end()
  return { size, buildMs: reused ? null : build.ms, indexMb: Number(rows[0].bytes) / 2 ** 20, engine, ilike, known, typo, lexicon: lexicon[0] }
}

/** With `--slowest N`: the N queries with the slowest median, each with its runs, to see what makes the p95. */
function printSlowest(label: string, perQuery: Map<string, number[]>) {
  const n = Number(values.slowest)
  if (!n) return
  const median = (ms: number[]) => percentile(ms, 50)
  const slowest = [...perQuery].sort(([, a], [, b]) => median(b) - median(a)).slice(0, n)
  process.stderr.write(`slowest queries at ${label} (median, then every run, ms):\n`)
  for (const [q, ms] of slowest) process.stderr.write(`  ${median(ms).toFixed(1).padStart(6)}  [${ms.map((m) => m.toFixed(1)).join(", ")}]  ${q}\n`)
}

/** Other work on the machine moves every figure: each row says how busy it was. */
const load = () => loadavg().map((n) => n.toFixed(1)).join(" / ")
const typoLines = ["| products | lexicon words | typo keys | keys size | lookup by keys p50 / p95 | lexicon scan p50 / p95 |", "|---:|---:|---:|---:|---:|---:|"]
const knownLines = ["| products | known item, exact, top 10 | known item, one typo, top 10 | p50 | p95 | load (1/5/15 min) |", "|---:|---:|---:|---:|---:|---|"]
const lines = [
  "| products | engine | index build | index size | p50 | p95 | max | recall@5 | MRR | load (1/5/15 min) |",
  "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
]
for (const size of sizes) {
  const r = await benchSize(size)
  const row = (name: string, s: typeof r.engine, build: string, mb: string) =>
    `| ${size.toLocaleString("en")} | ${name} | ${build} | ${mb} | ${percentile(s.ms, 50).toFixed(1)} ms | ${percentile(s.ms, 95).toFixed(1)} ms | ${Math.max(...s.ms).toFixed(1)} ms | ${mean(s.recall).toFixed(3)} | ${mean(s.rr).toFixed(3)} | ${load()} |`
  lines.push(row("search-vietnamese (PostgreSQL)", r.engine, r.buildMs === null ? "reused" : `${(r.buildMs / 1000).toFixed(1)} s`, `${r.indexMb.toFixed(0)} MB`))
  lines.push(row("Medusa `q` (ILIKE)", r.ilike, "–", "–"))
  typoLines.push(
    `| ${size.toLocaleString("en")} | ${r.lexicon.words.toLocaleString("en")} | ${r.lexicon.keys.toLocaleString("en")} | ${(Number(r.lexicon.bytes) / 2 ** 20).toFixed(0)} MB | ${percentile(r.typo.keys, 50).toFixed(2)} / ${percentile(r.typo.keys, 95).toFixed(2)} ms | ${percentile(r.typo.scan, 50).toFixed(2)} / ${percentile(r.typo.scan, 95).toFixed(2)} ms |`
  )
  knownLines.push(
    `| ${size.toLocaleString("en")} | ${mean(r.known.exact).toFixed(2)} | ${mean(r.known.typo).toFixed(2)} | ${percentile(r.known.ms, 50).toFixed(1)} ms | ${percentile(r.known.ms, 95).toFixed(1)} ms | ${load()} |`
  )
}
const peakMb = process.resourceUsage().maxRSS / 1024
process.stdout.write(`${lines.join("\n")}\n\n${knownLines.join("\n")}\n\n${typoLines.join("\n")}\n\n${relevance.length} queries × ${runs} runs per engine and size; bench process peak RSS ${peakMb.toFixed(0)} MB.\n`)
