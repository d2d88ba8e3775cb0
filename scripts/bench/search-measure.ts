/** Latency percentiles and relevance scores for the benchmark table. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export function recallAt5(expected: string[], got: string[]): number {
  const top = new Set(got.slice(0, 5))
  return expected.filter((handle) => top.has(handle)).length / expected.length
}

export function reciprocalRank(expected: string[], got: string[]): number {
  const rank = got.findIndex((handle) => expected.includes(handle))
  return rank === -1 ? 0 : 1 / (rank + 1)
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0
}

/** Milliseconds an async call takes. */
export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint()
  const value = await run()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value }
}
