import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import type { BudgetRow } from "./budget-table.ts"

/** One seeded address per page type (DESIGN.md's address table), as a buyer first opens it. */
export const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: "/",
  category: "/danh-muc/nong-san/",
  product: "/san-pham/hat-de-trung-khanh/",
  producer: "/nguoi-ban/ho-nong-thi-hoa/",
  destination: "/diem-den/ban-gioc-khuoi-ky/",
  experience: "/trai-nghiem/homestay-nha-da-khuoi-ky/",
  search: `/tim-kiem/?q=${encodeURIComponent("hạt dẻ")}`,
  cart: "/gio-hang/",
  "seller page": "/ban-hang/",
}

/** The design's Lighthouse budget (mobile, Slow 4G, 4× CPU). */
export const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 95, lcpMs: 1500, tbtMs: 50 } as const

/** The same flags the end-to-end tests give Debian's Chromium (test/e2e/support/browser.ts). */
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export type LighthouseFigure = {
  url: string
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Lighthouse's measure of this machine's speed; a busy or slow machine inflates TBT. */
  benchmarkIndex: number | undefined
}
export type LighthouseResult = LighthouseFigure | { url: string; error: string }

export type Verdicts = { performance: boolean; accessibility: boolean; lcp: boolean; tbt: boolean }

/** Which parts of the budget a page meets. */
export function judgeLighthouse(figure: Pick<LighthouseFigure, "performance" | "accessibility" | "lcpMs" | "tbtMs">): Verdicts {
  return {
    performance: figure.performance >= LIGHTHOUSE_BUDGET.performance,
    accessibility: figure.accessibility >= LIGHTHOUSE_BUDGET.accessibility,
    lcp: figure.lcpMs <= LIGHTHOUSE_BUDGET.lcpMs,
    tbt: figure.tbtMs <= LIGHTHOUSE_BUDGET.tbtMs,
  }
}

const mark = (ok: boolean) => (ok ? "ok" : "OVER")

/**
 * A summary row under the design's name for this budget, then one row per page type;
 * a page that could not be measured says why.
 */
export function lighthouseRows(results: Record<string, LighthouseResult>): BudgetRow[] {
  const budget = `perf ≥ ${LIGHTHOUSE_BUDGET.performance}, a11y ≥ ${LIGHTHOUSE_BUDGET.accessibility}, LCP ≤ 1.5 s, TBT ≤ 50 ms`
  const pages = Object.entries(results).map(([type, result]) => pageRow(type, result, budget))
  const within = pages.filter((row) => row.ok).length
  const summary = {
    what: "Lighthouse mobile, every page type",
    budget,
    measured: `${within} of ${pages.length} page types within budget`,
    ok: pages.length > 0 && within === pages.length,
  }
  return [summary, ...pages]
}

function pageRow(type: string, result: LighthouseResult, budget: string): BudgetRow {
  const what = `Lighthouse mobile: ${type}`
  if ("error" in result) return { what, budget, measured: `failed: ${result.error}`, ok: false }
  const v = judgeLighthouse(result)
  const measured = [
    `perf ${result.performance} ${mark(v.performance)}`,
    `a11y ${result.accessibility} ${mark(v.accessibility)}`,
    `LCP ${(result.lcpMs / 1000).toFixed(2)} s ${mark(v.lcp)}`,
    `TBT ${Math.round(result.tbtMs)} ms ${mark(v.tbt)}`,
    `CLS ${result.cls.toFixed(3)}`,
  ].join(", ")
  return { what, budget, measured, ok: v.performance && v.accessibility && v.lcp && v.tbt }
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)

/** One Lighthouse run in a fresh Chromium: mobile form factor and throttling (Lighthouse's defaults). */
async function runOnce(url: string, chromePath: string): Promise<LighthouseFigure> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "error" })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    })
    if (!result) throw new Error("Lighthouse returned nothing")
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue
      if (value === undefined) throw new Error(`Lighthouse gave no ${id}`)
      return value
    }
    return {
      url,
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    }
  } finally {
    chrome.kill()
  }
}

/** Every page type, one after another (parallel runs would skew each other's CPU figures). */
export async function benchLighthouse(options: {
  storefrontUrl: string
  chromePath: string
  onPage?: (type: string, result: LighthouseResult) => void
}): Promise<Record<string, LighthouseResult>> {
  const results: Record<string, LighthouseResult> = {}
  for (const [type, address] of Object.entries(LIGHTHOUSE_PAGES)) {
    const url = new URL(address, options.storefrontUrl).toString()
    try {
      results[type] = await runOnce(url, options.chromePath)
    } catch (error) {
      results[type] = { url, error: error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error) }
    }
    options.onPage?.(type, results[type])
  }
  return results
}
