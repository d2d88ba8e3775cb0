import type { CounterStore, CountResult } from "./counter-store"
import { MemoryCounterStore } from "./memory-store"
import { retryAfterMs, retryAfterSeconds, windowAt, type CountMode, type Window } from "./sliding-window"

/**
 * One limit: at most `limit` units per `windowMs` per client, and what to do when the
 * shared store (Redis) cannot be reached — "allow" where refusing would shut everyone out of
 * something harmless (reading the catalogue), "count-locally" where a limit must keep
 * holding (guessing passwords or order numbers): each server then counts on its own until
 * Redis is back, which is looser by the number of servers but never open and never closed.
 */
export type Limit = Window & { name: string; whenStoreDown: "allow" | "count-locally" }

export type Decision = { allowed: boolean; retryAfterSeconds: number; limit: Limit }

export type LimiterOptions = {
  store: CounterStore
  /** Where "count-locally" limits count while `store` fails; a fresh memory store by default. */
  local?: CounterStore
  /** Told once a minute at most while the store fails. */
  warn?: (message: string) => void
  now?: () => number
}

const WARN_EVERY_MS = 60_000

/** Consume / count failures / reset, the same whichever store holds the counts. */
export class Limiter {
  private readonly store: CounterStore
  private readonly local: CounterStore
  private readonly warn: (message: string) => void
  private readonly now: () => number
  private lastWarning = -Infinity

  constructor(options: LimiterOptions) {
    this.store = options.store
    this.local = options.local ?? new MemoryCounterStore()
    this.warn = options.warn ?? (() => undefined)
    this.now = options.now ?? Date.now
  }

  /** Counts `cost` units for the client when they fit; refused ones are not counted. */
  consume(limit: Limit, client: string, cost = 1): Promise<Decision> {
    return this.decide(limit, client, cost, "consume")
  }

  /** Whether one more unit would fit, counting nothing (before an attempt that may fail). */
  check(limit: Limit, client: string): Promise<Decision> {
    return this.decide(limit, client, 1, "check")
  }

  /** Counts one failure, even past the limit: hammering a refused door keeps it shut. */
  async recordFailure(limit: Limit, client: string): Promise<void> {
    await this.run(limit, client, 1, "add")
  }

  /** Gives back one unit consumed for an attempt that turned out well. */
  async refund(limit: Limit, client: string): Promise<void> {
    await this.run(limit, client, -1, "add")
  }

  /** Forgets the client's count (a correct password ends the guessing count of its pair). */
  async reset(limit: Limit, client: string): Promise<void> {
    const key = keyOf(limit, client)
    const { index } = windowAt(this.now(), limit.windowMs)
    try {
      await this.store.clear(key, index)
    } catch (error) {
      this.storeFailed(error)
    }
    await this.local.clear(key, index)
  }

  private async decide(limit: Limit, client: string, cost: number, mode: CountMode): Promise<Decision> {
    const now = this.now()
    const result = await this.run(limit, client, cost, mode, now)
    if (!result) return { allowed: true, retryAfterSeconds: 0, limit }
    const wait = result.admitted ? 0 : retryAfterMs(limit, result.counts, now, cost)
    return { allowed: result.admitted, retryAfterSeconds: result.admitted ? 0 : retryAfterSeconds(wait), limit }
  }

  /** The count from the store, or from the local one, or none ("allow") while the store fails. */
  private async run(limit: Limit, client: string, cost: number, mode: CountMode, now = this.now()): Promise<CountResult | undefined> {
    const { index, elapsed } = windowAt(now, limit.windowMs)
    const step = { key: keyOf(limit, client), index, elapsed, windowMs: limit.windowMs, limit: limit.limit, cost, mode }
    try {
      return await this.store.count(step)
    } catch (error) {
      this.storeFailed(error)
      return limit.whenStoreDown === "count-locally" ? this.local.count(step) : undefined
    }
  }

  private storeFailed(error: unknown) {
    const now = this.now()
    if (now - this.lastWarning < WARN_EVERY_MS) return
    this.lastWarning = now
    const reason = error instanceof Error ? error.message : String(error)
    this.warn(
      `Rate limits: the shared store (Redis) did not answer (${reason}). Until it does, search is not limited ` +
        "and sign-in, registration, order look-ups and checkout are counted by each server on its own."
    )
  }
}

/** `{…}` is a Redis Cluster hash tag: both windows of one count live on one node. */
export function keyOf(limit: Limit, client: string): string {
  return `cp:rl:{${limit.name}:${client}}`
}
