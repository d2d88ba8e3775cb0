import autocannon from "autocannon"
import type { BudgetRow } from "./budget-table.ts"

export type LoadTarget = {
  name: string
  method: "GET" | "POST"
  path: string | (() => string)
  headers?: Record<string, string>
  body?: () => string
}

export type LoadResult = { name: string; requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number }

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank] ?? 0
}

/**
 * Drives one route with `connections` clients for `seconds` and records every response's time
 * (autocannon's own summary stops at p90 and p97.5; the design speaks of p95).
 */
async function hammer(baseUrl: string, target: LoadTarget, connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = []
  const url = new URL(typeof target.path === "string" ? target.path : "/", baseUrl)
  let finish: (result: autocannon.Result) => void = () => undefined
  let fail: (error: unknown) => void = () => undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const instance = autocannon({
    url: url.origin,
    connections,
    duration: seconds,
    requests: [
      {
        method: target.method,
        headers: { ...target.headers, ...(target.body ? { "content-type": "application/json" } : {}) },
        setupRequest: (request) => ({
          ...request,
          path: typeof target.path === "string" ? target.path : target.path(),
          ...(target.body ? { body: target.body() } : {}),
        }),
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)))
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await done
  times.sort((a, b) => a - b)
  return {
    name: target.name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/** Each target in turn (never two at once, so one route's figure is not another's load). */
export async function benchLoad(options: { baseUrl: string; targets: LoadTarget[]; connections?: number; seconds?: number }): Promise<LoadResult[]> {
  const results: LoadResult[] = []
  for (const target of options.targets) {
    results.push(await hammer(options.baseUrl, target, options.connections ?? 10, options.seconds ?? 10))
  }
  return results
}

export function loadRows(results: LoadResult[], catalogSize: string): BudgetRow[] {
  return results.map((r) => ({
    what: `load: ${r.name} (${catalogSize})`,
    budget: "(reported)",
    measured: `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ""}`,
    ok: r.errors === 0 && r.non2xx === 0 ? undefined : false,
  }))
}
