/** Scores of one query: which expected handles the top `k` found, and where the first one sits. */
export type QueryScore = { q: string; kind: string; recall: number; reciprocalRank: number; got: string[] }

/** Share of the expected handles found in the first `k` results. */
export function recallAt(k: number, expected: string[], got: string[]): number {
  const top = new Set(got.slice(0, k))
  return expected.filter((handle) => top.has(handle)).length / expected.length
}

/** 1 / rank of the first expected handle, 0 when none was returned. */
export function reciprocalRank(expected: string[], got: string[]): number {
  const rank = got.findIndex((handle) => expected.includes(handle))
  return rank === -1 ? 0 : 1 / (rank + 1)
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0
}
