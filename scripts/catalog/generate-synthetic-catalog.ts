import { writeFileSync } from "node:fs"
import { parseArgs } from "node:util"
import { generateCatalog } from "./generate-catalog.ts"

/**
 * `node scripts/catalog/generate-synthetic-catalog.ts --count 100000 --seed 7 --out catalog.json`
 * writes a deterministic synthetic catalog for benchmarks and storefront build tests.
 */
const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, seed: { type: "string", default: "20261128" }, out: { type: "string" } },
})
const count = Number(values.count)
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  throw new Error(`--count must be a whole number from 1 to 1,000,000 (got ${values.count})`)
}
const products = generateCatalog({ count, seed: Number(values.seed) })
const json = JSON.stringify({ products }, null, 0)
if (values.out) {
  writeFileSync(values.out, json)
} else {
  process.stdout.write(json)
}
