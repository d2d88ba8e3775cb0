import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs"
import { loadavg } from "node:os"
import path from "node:path"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { medusaEnvironment, runMedusa } from "#scripts/lib/medusa/cli.ts"
import { ChildGroup } from "#scripts/lib/process/child.ts"
import { say, step } from "#scripts/lib/progress.ts"
import { ensureSecrets } from "#scripts/lib/secrets.ts"
import { buildStorefront, type BuildOutcome } from "#scripts/lib/storefront/build.ts"
import { startRebuildWatcher } from "#scripts/lib/storefront/rebuild-watcher.ts"
import { startStack, type Stack } from "../start/stack.ts"
import { benchLoad, type LoadResult } from "./load.ts"
import { catalogLoadTargets } from "./load-targets.ts"
import { generateCatalog } from "../catalog/generate-catalog.ts"
import type { BudgetRow } from "./budget-table.ts"
import { changeTitle, productAt, sampleBuildCost, waitForTitle } from "#scripts/lib/storefront/build-probe.ts"

export type BuildFigures = {
  products: number
  loadSeconds: number | undefined
  fullSeconds: number
  pages: number
  outputMb: number
  peakRssMb: number | undefined
  fullCpuSeconds: number | undefined
  changedToLiveSeconds: number[]
  changedBuild: (BuildOutcome & { cpuSeconds: number | undefined })[]
  loadAverage: number[]
  /** Requests per second and latency of the four routes of a visit, on this catalog. */
  load?: LoadResult[]
}

const FULL_BUDGET_S = 5 * 60
const CHANGED_BUDGET_S = 30

/**
 * `npm run bench -- build`: a stack of its own whose database holds `count` synthetic
 * products (.data/bench-10k, loaded once and kept), one timed full storefront build, then
 * a product's title edited through the admin API twice, timed until its page serves it.
 */
export async function benchBuild(count = Number(process.env.BENCH_BUILD_PRODUCTS || 10_000)): Promise<BuildFigures> {
  const dataDir = path.join(repoRoot, `.data/bench-${count % 1000 === 0 ? `${count / 1000}k` : count}`)
  const config = loadConfig({
    ...process.env,
    CHO_PHIEN_DATA_DIR: dataDir,
    PG_PORT: process.env.BENCH_BUILD_PG_PORT || "54362",
    MEDUSA_PORT: process.env.BENCH_BUILD_MEDUSA_PORT || "9262",
    STOREFRONT_PORT: process.env.BENCH_BUILD_STOREFRONT_PORT || "4562",
  })
  // The stack's own watcher would rebuild the whole site on every change; this bench runs its own.
  // The load part sends each request as another client (X-Forwarded-For from 127.0.0.1).
  process.env.TRUST_PROXY ??= "127.0.0.1"
  const rebuildSetting = process.env.STOREFRONT_REBUILD
  process.env.STOREFRONT_REBUILD = "off"
  // The stack's start-up build is a full build of what the database holds: when nothing is
  // loaded afterwards, it is the one measured (from its folder's name, the time it started,
  // to the symlink's swap), so a run does not pay for a second one.
  const startCost = sampleBuildCost()
  const stack = await startStack({ config })
  const startBuild = { ...startCost.stop(), seconds: startupBuildSeconds(stack.storefrontDir) }
  if (rebuildSetting === undefined) delete process.env.STOREFRONT_REBUILD
  else process.env.STOREFRONT_REBUILD = rebuildSetting
  try {
    // BENCH_BUILD_SKIP_LOAD=1 measures whatever the database holds (the figures name the count).
    const skipLoad = process.env.BENCH_BUILD_SKIP_LOAD === "1"
    const loadedNow = !skipLoad && !loadedBefore(config.dataDir, count)
    const loadSeconds = skipLoad ? undefined : await loadProducts(stack, config, count)
    const build = { medusaUrl: stack.urls.medusa, publishableKey: stack.publishableKey ?? "", outDir: stack.storefrontDir, group: new ChildGroup() }
    const products = await storeProductCount(stack)
    let fullSeconds = startBuild.seconds
    let { peakRssMb, cpuSeconds: fullCpuSeconds } = startBuild
    if (loadedNow) {
      const cost = sampleBuildCost()
      fullSeconds = (await step(`Building the whole storefront (${products} products)`, () => buildStorefront(build))).seconds
      ;({ peakRssMb, cpuSeconds: fullCpuSeconds } = cost.stop())
    }
    const { pages, bytes } = measureTree(realpathSync(stack.storefrontDir))
    say(`  full build: ${fullSeconds.toFixed(1)} s (${fullCpuSeconds?.toFixed(0) ?? "?"} s CPU), ${pages} pages, ${(bytes / 1e6).toFixed(0)} MB, peak RSS ${peakRssMb?.toFixed(0) ?? "?"} MB`)

    const outcomes: BuildFigures["changedBuild"] = []
    const watcher = await startRebuildWatcher({
      databaseUrl: stack.databaseUrl,
      rebuild: async (changes) => {
        const partCost = sampleBuildCost()
        const outcome = await buildStorefront({ ...build, changes })
        outcomes.push({ ...outcome, cpuSeconds: partCost.stop().cpuSeconds })
      },
    })
    const changedToLiveSeconds: number[] = []
    try {
      const product = await productAt(stack, Math.floor(products / 2))
      for (const title of [`${product.title} (đổi tên)`, product.title]) {
        const seconds = await step(`Renaming ${product.handle} and waiting for its page`, async () => {
          await changeTitle(stack, product.id, title)
          return waitForTitle(stack, product.handle, title)
        })
        changedToLiveSeconds.push(seconds)
        await watcher?.idle()
        const last = outcomes.at(-1)
        say(`  live after ${seconds.toFixed(1)} s (${last?.plan.kind} build: ${last?.pagesWritten} files written, ${last?.pagesLinked} linked, ${last?.seconds.toFixed(1)} s, ${last?.cpuSeconds?.toFixed(1) ?? "?"} s CPU)`)
      }
    } finally {
      await watcher?.stop()
    }
    const load = await step(`Load on the product list, a product page, search and add-to-cart (${products} products)`, async () =>
      benchLoad({
        targets: await catalogLoadTargets({ medusaUrl: stack.urls.medusa, storefrontUrl: stack.urls.storefront, publishableKey: stack.publishableKey ?? "" }),
      }),
    )
    return {
      load,
      products,
      loadSeconds,
      fullSeconds,
      pages,
      outputMb: bytes / 1e6,
      peakRssMb,
      fullCpuSeconds,
      changedToLiveSeconds,
      changedBuild: outcomes,
      loadAverage: loadavg(),
    }
  } finally {
    await stack.stop()
  }
}

/** Loads the synthetic catalog once per data folder; later runs find the marker and skip it. */
async function loadProducts(stack: Stack, config: ReturnType<typeof loadConfig>, count: number): Promise<number | undefined> {
  const marker = path.join(config.dataDir, "synthetic-products.json")
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, "utf8")) as { count: number; seconds: number }
    if (previous.count === count) return previous.seconds
  }
  const secrets = await ensureSecrets(config.dataDir)
  const env = medusaEnvironment({ ...config, databaseUrl: stack.databaseUrl, ...secrets })
  const script = path.join(repoRoot, "scripts/catalog/load-synthetic-products.cts")
  const catalog = path.join(config.dataDir, "synthetic-catalog.json")
  writeFileSync(catalog, JSON.stringify({ products: generateCatalog({ count }) }))
  const started = performance.now()
  // Three loaders on a third each: one Node process cannot keep PostgreSQL busy.
  const slices = [0, 1, 2].map((i) => [Math.floor((count * i) / 3), Math.floor((count * (i + 1)) / 3)])
  await step(`Loading ${count} synthetic products through createProductsWorkflow (3 loaders)`, () =>
    Promise.all(
      slices.map(([from, to]) =>
        runMedusa("synthetic catalog", ["exec", script, catalog, String(from), String(to)], { env, group: new ChildGroup() }),
      ),
    ),
  )
  const seconds = (performance.now() - started) / 1000
  writeFileSync(marker, `${JSON.stringify({ count, seconds })}\n`)
  return seconds
}

/** Seconds of the build the stack made at start: its folder is named by its start time, the link made at its end. */
function startupBuildSeconds(outDir: string): number {
  return (lstatSync(outDir).mtimeMs - Number(path.basename(realpathSync(outDir)))) / 1000
}

function loadedBefore(dataDir: string, count: number): boolean {
  const marker = path.join(dataDir, "synthetic-products.json")
  return existsSync(marker) && (JSON.parse(readFileSync(marker, "utf8")) as { count: number }).count === count
}

async function storeProductCount(stack: Stack): Promise<number> {
  const response = await fetch(new URL("/store/products?limit=1&fields=id", stack.urls.medusa), {
    headers: { "x-publishable-api-key": stack.publishableKey ?? "" },
  })
  return ((await response.json()) as { count: number }).count
}

/** HTML pages and bytes of a build folder. */
function measureTree(dir: string): { pages: number; bytes: number } {
  let pages = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
    if (entry.name.endsWith(".html")) pages++
  }
  return { pages, bytes }
}

export function buildRows(figures: BuildFigures): BudgetRow[] {
  const load = `load avg ${figures.loadAverage.map((l) => l.toFixed(1)).join(" ")}`
  const changed = Math.max(...figures.changedToLiveSeconds)
  return [
    {
      what: `storefront build, ${figures.products.toLocaleString("en")} products, full`,
      budget: `≤ ${FULL_BUDGET_S / 60} min`,
      measured: `${figures.fullSeconds.toFixed(0)} s (${figures.fullCpuSeconds?.toFixed(0) ?? "?"} s CPU), ${figures.pages} pages, ${figures.outputMb.toFixed(0)} MB, peak RSS ${figures.peakRssMb?.toFixed(0) ?? "?"} MB (${load})`,
      ok: figures.fullSeconds <= FULL_BUDGET_S,
    },
    {
      what: `storefront build, ${figures.products.toLocaleString("en")} products, one changed product`,
      budget: `≤ ${CHANGED_BUDGET_S} s`,
      measured: `edit → page live ${figures.changedToLiveSeconds.map((s) => s.toFixed(1)).join(", ")} s (${figures.changedBuild.map((b) => `${b.plan.kind} ${b.cpuSeconds?.toFixed(0) ?? "?"} s CPU`).join(", ")}; ${load})`,
      ok: changed <= CHANGED_BUDGET_S,
    },
    {
      what: `loading ${figures.products.toLocaleString("en")} synthetic products`,
      budget: "(bench set-up)",
      measured: figures.loadSeconds === undefined ? "already loaded" : `${figures.loadSeconds.toFixed(0)} s`,
      ok: undefined,
    },
  ]
}
