import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { say, step } from "#scripts/lib/progress.ts"
import { ChildGroup } from "#scripts/lib/process/child.ts"
import { buildStorefront } from "#scripts/lib/storefront/build.ts"
import { type Stack, startStack } from "../start/stack.ts"
import { type BudgetRow, kb, printTable } from "./budget-table.ts"
import { benchBuild, buildRows } from "./build.ts"
import { benchLoad, loadRows } from "./load.ts"
import { catalogLoadTargets } from "./load-targets.ts"
import { benchCheckout, checkoutRow } from "./checkout.ts"
import { benchFreshness, freshnessRow } from "./freshness.ts"
import { benchLighthouse, lighthouseRows } from "./lighthouse.ts"
import { measurePage, PAGE_TYPES, type Weight } from "./page-weight.ts"
import { findChromium } from "../test/tools.ts"

/**
 * `npm run bench [-- pages images search freshness checkout lighthouse build]`: starts its own stack (data in .data/bench, kept
 * between runs), measures what it can against the budgets in the design, runs the image
 * and search benchmarks beside it, prints one table and writes .data/bench/summary.json.
 * A benchmark reports; it never fails the build.
 */
const wanted = new Set(process.argv.slice(2).filter((arg) => !arg.startsWith("-")))
const runs = (name: string) => wanted.size === 0 || wanted.has(name)
const benchDir = path.join(repoRoot, ".data/bench")
mkdirSync(benchDir, { recursive: true })
const rows: BudgetRow[] = []
const figures: Record<string, unknown> = {}

// The admin plays no part in any figure here, and building it costs a minute or two.
process.env.MEDUSA_ADMIN_DISABLED = "true"
const config = loadConfig({
  ...process.env,
  CHO_PHIEN_DATA_DIR: path.join(benchDir, "stack"),
  PG_PORT: process.env.BENCH_PG_PORT || "54349",
  MEDUSA_PORT: process.env.BENCH_MEDUSA_PORT || "9200",
  STOREFRONT_PORT: process.env.BENCH_STOREFRONT_PORT || "4521",
})
// `build` brings its own stack with 10,000 products (scripts/bench/build.ts); the rest share this one.
let stack!: Stack
if (["pages", "images", "search", "freshness", "checkout", "lighthouse", "load"].some(runs)) {
  // The load part sends each request as another client (X-Forwarded-For from 127.0.0.1).
  if (runs("load")) process.env.TRUST_PROXY ??= "127.0.0.1"
  stack = await startStack({ config })
  try {
    if (runs("pages")) await benchPages()
    if (runs("images")) benchImages()
    if (runs("search")) benchSearch(stack.databaseUrl)
    if (runs("freshness")) await measureFreshness()
    if (runs("checkout")) await measureCheckout()
    if (runs("lighthouse")) await measureLighthouse()
    if (runs("load")) await measureLoad()
  } finally {
    await stack.stop()
  }
}
if (runs("build")) await measureBuild()
for (const what of ["Lighthouse mobile, every page type", "new listing visible on the storefront", "storefront build, 10,000 products, full", "concurrent checkout, 100 buyers for 10 units"]) {
  if (!rows.some((row) => row.what === what)) rows.push({ what, budget: "see DESIGN.md", measured: "not measured yet", ok: undefined })
}
say(`\n${printTable(rows)}`)
writeFileSync(path.join(benchDir, "summary.json"), `${JSON.stringify({ at: new Date().toISOString(), rows, figures }, null, 2)}\n`)
say(`\nWritten to ${path.relative(repoRoot, path.join(benchDir, "summary.json"))}`)

async function benchPages(): Promise<void> {
  const weights: Record<string, Weight> = {}
  for (const [type, file] of Object.entries(PAGE_TYPES)) {
    const weight = measurePage(stack.storefrontDir, file)
    if (!weight) continue
    weights[type] = weight
    rows.push({
      what: `${type} page before images (gzip; brotli ${kb(weight.brotliTotal)})`,
      budget: "≤ 40 KB, JS ≤ 15 KB",
      measured: `${kb(weight.total)}, JS ${kb(weight.js)}, ${weight.requests} request(s)`,
      ok: weight.total <= 40 * 1024 && weight.js <= 15 * 1024,
    })
  }
  const started = performance.now()
  await step("Rebuilding the storefront once more to time a full build", () =>
    buildStorefront({
      medusaUrl: stack.urls.medusa,
      publishableKey: stack.publishableKey ?? "",
      outDir: stack.storefrontDir,
      group: new ChildGroup(),
    })
  )
  const buildSeconds = (performance.now() - started) / 1000
  rows.push({ what: "storefront build, seed catalog (25 products)", budget: "(10k ≤ 5 min)", measured: `${buildSeconds.toFixed(1)} s`, ok: undefined })
  figures.pages = weights
  figures.storefrontBuildSeconds = buildSeconds
}

async function measureLoad(): Promise<void> {
  const results = await step("Load on the product list, a product page, search and add-to-cart (seed catalog)", async () =>
    benchLoad({
      targets: await catalogLoadTargets({ medusaUrl: stack.urls.medusa, storefrontUrl: stack.urls.storefront, publishableKey: stack.publishableKey ?? "" }),
    }),
  )
  rows.push(...loadRows(results, "seed catalog"))
  figures.load = results
}

async function measureBuild(): Promise<void> {
  try {
    const build = await benchBuild()
    rows.push(...buildRows(build))
    if (build.load) rows.push(...loadRows(build.load, `${build.products} products`))
    figures.build = build
  } catch (error) {
    const measured = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`
    rows.push({ what: "storefront build, 10,000 products, full", budget: "≤ 5 min full, ≤ 30 s one changed", measured, ok: false })
  }
}

async function measureLighthouse(): Promise<void> {
  let chromePath: string
  try {
    chromePath = findChromium()
  } catch (error) {
    const measured = `not measured: ${error instanceof Error ? error.message : String(error)}`
    rows.push({ what: "Lighthouse mobile, every page type", budget: "see DESIGN.md", measured, ok: undefined })
    return
  }
  const results = await step("Lighthouse mobile (Slow 4G, 4× CPU) on every page type, one at a time", () =>
    benchLighthouse({
      storefrontUrl: stack.urls.storefront,
      chromePath,
      onPage: (type, result) => say(`  ${type}: ${"error" in result ? `failed: ${result.error}` : `perf ${result.performance}, a11y ${result.accessibility}`}`),
    }),
  )
  rows.push(...lighthouseRows(results))
  figures.lighthouse = results
}

async function measureCheckout(): Promise<void> {
  const checkout = await benchCheckout({ medusaUrl: stack.urls.medusa, publishableKey: stack.publishableKey ?? "" })
  rows.push(checkoutRow(checkout))
  figures.checkout = checkout
}

async function measureFreshness(): Promise<void> {
  try {
    const freshness = await step("Publishing listings and timing until their pages are served", () =>
      benchFreshness({ medusaUrl: stack.urls.medusa, storefrontUrl: stack.urls.storefront }),
    )
    rows.push(freshnessRow(freshness))
    figures.freshness = freshness
  } catch (error) {
    const measured = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`
    rows.push({ what: "new listing visible on the storefront", budget: "≤ 60 s after it is saved", measured, ok: false })
  }
}

function benchImages(): void {
  const script = path.join(repoRoot, "scripts/bench/images.ts")
  if (!existsSync(script)) return
  spawnSync(process.execPath, [script], { cwd: repoRoot, stdio: "inherit" })
  const file = path.join(benchDir, "images.json")
  if (!existsSync(file)) return
  const result = JSON.parse(readFileSync(file, "utf8")) as { single?: { seconds?: number; peakMb?: number } }
  figures.images = result
  const single = result.single
  if (single?.seconds !== undefined && single.peakMb !== undefined) {
    rows.push({
      what: "12-megapixel photo → all variants",
      budget: "≤ 2 s one core, ≤ 350 MB",
      measured: `${single.seconds.toFixed(2)} s, ${single.peakMb.toFixed(0)} MB`,
      ok: single.seconds <= 2 && single.peakMb <= 350,
    })
  }
}

function benchSearch(databaseUrl: string): void {
  const adminUrl = new URL(databaseUrl)
  adminUrl.pathname = "/postgres"
  const sizes = process.env.BENCH_SEARCH_SIZES || "10000,100000"
  const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts/bench/search.ts"), "--sizes", sizes, "--runs", "3"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: adminUrl.toString() },
    stdio: "inherit",
  })
  rows.push({
    what: "search, embedded engine, server time",
    budget: "p95 ≤ 20 ms at 100,000",
    measured: result.status === 0 ? "see the search table above" : `search bench exited ${result.status}`,
    ok: undefined,
  })
}
