import type { CountMode, Counts } from "./sliding-window"

/** One counting step for one key, at one moment (see applyCount in sliding-window.ts). */
export type CountStep = {
  key: string
  /** The fixed window `now` falls in, and how far into it (0 ≤ elapsed < 1). */
  index: number
  elapsed: number
  windowMs: number
  limit: number
  cost: number
  mode: CountMode
}

export type CountResult = { counts: Counts; admitted: boolean }

/**
 * Where counts live: this process's memory, or Redis when several servers must share them.
 * Each step is atomic: two servers counting the same key never lose a count between them.
 */
export interface CounterStore {
  count(step: CountStep): Promise<CountResult>
  /** Forgets the key's counts as seen from window `index`. */
  clear(key: string, index: number): Promise<void>
}
