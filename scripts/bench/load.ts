import autocannon from "autocannon"
import type { BudgetRow } from "./budget-table.ts"

export type LoadTarget = {
  name: string
  /** The server the route lives on (Medusa for the Store API, the static server for pages). */
  baseUrl: string
  method: "GET" | "POST"
  path: string | (() => string)
  headers?: Record<string, string>
  /** Headers that depend on the request (a cart's own token, a client address). */
  headersFor?: (path: string) => Record<string, string>
  body?: () => string
}

export type LoadResult = {
  name: string
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
  /** How many answers of each status, e.g. { "200": 980, "429": 9 }: what the non-2xx were. */
  statuses: Record<string, number>
}

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
async function hammer(target: LoadTarget, connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = []
  const statuses: Record<string, number> = {}
  const url = new URL(target.baseUrl)
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
        setupRequest: (request) => {
          const path = typeof target.path === "string" ? target.path : target.path()
          const body = target.body?.()
          return {
            ...request,
            path,
            headers: { ...request.headers, ...target.headers, ...(target.headersFor?.(path) ?? {}), ...(body ? { "content-type": "application/json" } : {}) },
            ...(body ? { body } : {}),
          }
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)))
  instance.on("response", (_client, status, _bytes, responseTime) => {
    times.push(responseTime)
    statuses[String(status)] = (statuses[String(status)] ?? 0) + 1
  })
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
    statuses,
  }
}

/** Each target in turn (never two at once, so one route's figure is not another's load). */
export async function benchLoad(options: { targets: LoadTarget[]; connections?: number; seconds?: number }): Promise<LoadResult[]> {
  const results: LoadResult[] = []
  for (const target of options.targets) {
    results.push(await hammer(target, options.connections ?? 10, options.seconds ?? 10))
  }
  return results
}

export function loadRows(results: LoadResult[], catalogSize: string): BudgetRow[] {
  return results.map((r) => ({
    what: `load: ${r.name} (${catalogSize})`,
    budget: "(reported)",
    measured: `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms${r.non2xx || r.errors ? `, ${r.errors} errors, statuses ${JSON.stringify(r.statuses)}` : ""}`,
    ok: r.errors === 0 && r.non2xx === 0 ? undefined : false,
  }))
}
