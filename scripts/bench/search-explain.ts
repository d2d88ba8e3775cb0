import pg from "pg"
import { loadCommerce } from "./search-commerce.ts"
import { pgManager } from "./search-pg-manager.ts"
import type { BenchIndex } from "./search-types.ts"

/**
 * `node scripts/bench/search-explain.ts "hat de" …`: runs queries through the provider on
 * the benchmark's last database and prints EXPLAIN (ANALYZE, BUFFERS) of every statement,
 * to see what dominates a search.
 */
const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres:devpass@localhost:54329/postgres")
url.pathname = "/cho_phien_search_bench"
const commerce = loadCommerce()
const { manager, close } = pgManager(url.toString())
const client = new pg.Client({ connectionString: url.toString() })
await client.connect()
await client.query("SET plan_cache_mode = force_generic_plan")
const statements: { sql: string; params: unknown[] }[] = []
// Without `connection` the provider reads through this manager, so every statement is seen.
const { connection: _reader, ...plain } = manager
const recording = { ...plain, execute: async (sql: string, params: unknown[] = []) => {
  statements.push({ sql, params })
  return await plain.execute(sql, params)
} }
const provider = new commerce.VietnameseSearchService({ manager: recording })
const index: BenchIndex = {
  name: "catalog", entity: "product", primary_key: "id", provider: "search-vietnamese",
  fields: commerce.catalogSearchFields.toFields(), settings: commerce.CATALOG_SEARCH_SETTINGS,
  definition_hash: "bench", physical_name: "catalog_bench", seed: async function* () {},
}
for (const q of process.argv.slice(2)) {
  const search = commerce.toCatalogSearch({ q, sort: "relevance", limit: 20, offset: 0 })
  const { q: text, ...filters } = search.filters
  statements.length = 0
  const started = performance.now()
  const result = await provider.search({ index, attributes_to_retrieve: search.fields, q: text, filters: Object.keys(filters).length ? filters : undefined,
    pagination: search.pagination, search_options: { ...search.search_options, disjunctive_facets: undefined } })
  process.stdout.write(`\n### ${q}: ${(performance.now() - started).toFixed(1)} ms, total ${result.metadata.count}\n`)
  for (const { sql, params } of statements) {
    // As searches run it: prepared, with a generic plan (see prepared-reader.ts).
    let n = 0
    await client.query(`PREPARE explained AS ${sql.replace(/\?/g, () => `$${++n}`)}`)
    const literal = (v: unknown) => (v === null || v === undefined ? "NULL" : client.escapeLiteral(String(v)))
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained(${params.map(literal).join(", ")})`)
    await client.query("DEALLOCATE explained")
    process.stdout.write(`${sql.replace(/\s+/g, " ").slice(0, 160)}\n${rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")}\n\n`)
  }
}
await client.end()
await close()
