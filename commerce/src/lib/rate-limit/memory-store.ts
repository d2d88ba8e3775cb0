import type { CounterStore, CountResult, CountStep } from "./counter-store"
import { applyCount, shiftCounts, type Counts } from "./sliding-window"

type Entry = Counts & { index: number }

/** Enough for every client of a busy day; past it the least recently seen key is forgotten. */
export const MEMORY_STORE_MAX_KEYS = 50_000

/**
 * Counts in this process only: right for one server (the default). Memory is bounded: a
 * flood of addresses evicts the least recently seen key instead of growing the map.
 */
export class MemoryCounterStore implements CounterStore {
  private readonly entries = new Map<string, Entry>()
  private readonly maxKeys: number

  constructor(maxKeys = MEMORY_STORE_MAX_KEYS) {
    this.maxKeys = maxKeys
  }

  async count(step: CountStep): Promise<CountResult> {
    const stored = this.entries.get(step.key)
    const counts = stored ? shiftCounts({ previous: stored.previous, current: stored.current }, stored.index, step.index) : { previous: 0, current: 0 }
    const result = applyCount(counts, step.limit, step.elapsed, step.cost, step.mode)
    // Re-inserting moves the key to the end of the map's order: the oldest is first.
    this.entries.delete(step.key)
    if (result.counts.previous > 0 || result.counts.current > 0) {
      this.entries.set(step.key, { ...result.counts, index: step.index })
      this.evict()
    }
    return result
  }

  async clear(key: string, _index: number): Promise<void> {
    this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }

  private evict() {
    while (this.entries.size > this.maxKeys) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) return
      this.entries.delete(oldest)
    }
  }
}
