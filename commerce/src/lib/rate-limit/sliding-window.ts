/**
 * A sliding-window counter: each key keeps the count of the current fixed window and of the
 * one before, and the count "in the last window" is estimated as the previous count weighted
 * by how much of it still overlaps, plus the current count. Two integers per key, no list of
 * timestamps, and the same arithmetic in memory and in Redis (redis-store.ts repeats it in Lua).
 */

/** What a limit allows: at most `limit` units within any `windowMs`. */
export type Window = { limit: number; windowMs: number }

export type Counts = { previous: number; current: number }

/** Which fixed window `now` falls in, and how far into it (0 ≤ elapsed < 1). */
export function windowAt(now: number, windowMs: number): { index: number; elapsed: number } {
  const index = Math.floor(now / windowMs)
  return { index, elapsed: (now - index * windowMs) / windowMs }
}

/** The estimated count over the last windowMs. */
export function estimate(counts: Counts, elapsed: number): number {
  return counts.previous * (1 - elapsed) + counts.current
}

/** Whether `cost` more units fit under the limit now. */
export function admits(limit: number, counts: Counts, elapsed: number, cost = 1): boolean {
  return estimate(counts, elapsed) + cost <= limit
}

/**
 * The counts stored for a key (last written in window `storedIndex`) as seen from window
 * `index`: the same window keeps them, the next one sees them as its previous, later ones
 * start from nothing.
 */
export function shiftCounts(stored: Counts, storedIndex: number, index: number): Counts {
  if (storedIndex === index) return stored
  if (storedIndex === index - 1) return { previous: stored.current, current: 0 }
  return { previous: 0, current: 0 }
}

export type CountMode = "consume" | "check" | "add"

/**
 * One counting step, the heart of both stores. `consume` adds `cost` only when it fits (a
 * refused request does not lengthen its own wait); `check` only answers; `add` always adds
 * (failures, or a refund with a negative cost), never going below zero.
 */
export function applyCount(counts: Counts, limit: number, elapsed: number, cost: number, mode: CountMode): { counts: Counts; admitted: boolean } {
  const admitted = admits(limit, counts, elapsed, mode === "add" ? 0 : cost)
  const adds = mode === "add" || (mode === "consume" && admitted)
  return { counts: adds ? { ...counts, current: Math.max(0, counts.current + cost) } : counts, admitted }
}

/**
 * Milliseconds from `now` until `cost` units fit again, assuming nothing more is counted
 * meanwhile; 0 when they fit now. The previous window's weight shrinks linearly; once the
 * current count alone is too high, the wait runs into the next window, where it becomes the
 * previous one. The answer is checked against the counting itself, so rounding never makes
 * a client retry a moment too early.
 */
export function retryAfterMs(window: Window, counts: Counts, now: number, cost = 1): number {
  const { limit, windowMs } = window
  const here = windowAt(now, windowMs)
  const fitsAfter = (ms: number) => {
    const then = windowAt(now + ms, windowMs)
    return admits(limit, shiftCounts(counts, here.index, then.index), then.elapsed, cost)
  }
  if (fitsAfter(0)) return 0
  if (cost > limit) return 2 * windowMs
  let ms: number
  if (counts.current + cost <= limit) {
    // previous·(1−g) + current + cost ≤ limit ⇔ g ≥ 1 − (limit − cost − current)/previous
    const g = 1 - (limit - cost - counts.current) / counts.previous
    ms = Math.ceil((g - here.elapsed) * windowMs)
  } else {
    const h = Math.max(0, 1 - (limit - cost) / counts.current)
    ms = Math.ceil((1 - here.elapsed + h) * windowMs)
  }
  while (ms > 0 && fitsAfter(ms - 1)) ms -= 1
  while (!fitsAfter(ms)) ms += 1
  return ms
}

/** Retry-After in whole seconds, at least 1 (0 would invite an instant retry). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000))
}
