import { say } from "#scripts/lib/progress.ts"
import {
  createListing,
  deleteListing,
  type Probe,
  setPublished,
  signInSeller,
  waitForPage,
} from "#scripts/lib/storefront/freshness-probe.ts"
import type { BudgetRow } from "./budget-table.ts"

export type FreshnessFigures = { publishToLiveSeconds: number[]; unpublishToGoneSeconds: number[]; median: number; max: number }

const BUDGET_SECONDS = 60
// Past the budget the figure is "over" either way; waiting longer only tells how much.
const GIVE_UP_MS = 3 * BUDGET_SECONDS * 1000

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Seconds from a seller's publish call returning to the listing's page being served, as a
 * seller does it: create a draft, publish it at once. Each run also unpublishes and deletes
 * its listing and waits for the page to go, so runs never overlap.
 */
export async function benchFreshness(probe: Probe, runs = 3): Promise<FreshnessFigures> {
  const token = await signInSeller(probe)
  const live: number[] = []
  const gone: number[] = []
  for (let run = 1; run <= runs; run++) {
    const listing = await createListing(probe, token, `đo độ tươi ${run}`)
    try {
      await setPublished(probe, token, listing, true)
      live.push(await waitForPage(probe, listing, "live", GIVE_UP_MS))
      await setPublished(probe, token, listing, false)
      gone.push(await waitForPage(probe, listing, "gone", GIVE_UP_MS))
      say(`  run ${run}: live after ${live.at(-1)?.toFixed(1)} s, gone after ${gone.at(-1)?.toFixed(1)} s`)
    } finally {
      await deleteListing(probe, token, listing)
    }
  }
  return { publishToLiveSeconds: live, unpublishToGoneSeconds: gone, median: median(live), max: Math.max(...live) }
}

export function freshnessRow(figures: FreshnessFigures): BudgetRow {
  return {
    what: "new listing visible on the storefront",
    budget: `≤ ${BUDGET_SECONDS} s after it is saved`,
    measured: `median ${figures.median.toFixed(1)} s, max ${figures.max.toFixed(1)} s (${figures.publishToLiveSeconds.length} runs, full rebuild)`,
    ok: figures.max <= BUDGET_SECONDS,
  }
}

// Standalone against a running stack: node scripts/bench/freshness.ts <medusa url> <storefront url>
if (import.meta.main) {
  const [medusaUrl = "http://localhost:9000", storefrontUrl = "http://localhost:4321"] = process.argv.slice(2)
  const figures = await benchFreshness({ medusaUrl, storefrontUrl })
  const row = freshnessRow(figures)
  say(`${row.what}: ${row.measured} (budget ${row.budget})`)
}
