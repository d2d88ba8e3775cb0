import Redis from "ioredis"
import type { CounterStore, CountResult, CountStep } from "./counter-store"

/**
 * applyCount (sliding-window.ts) in Lua, so reading both windows and adding is one atomic
 * step on the Redis server whichever server process asks. KEYS: current window, previous
 * window. ARGV: limit, cost, elapsed, ttl ms, mode. A window's key lives two windows, long
 * enough to be the previous one, then expires by itself.
 */
const COUNT_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
local limit = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local elapsed = tonumber(ARGV[3])
local mode = ARGV[5]
local asked = cost
if mode == 'add' then asked = 0 end
local admitted = previous * (1 - elapsed) + current + asked <= limit
if mode == 'add' or (mode == 'consume' and admitted) then
  current = math.max(0, current + cost)
  redis.call('SET', KEYS[1], current, 'PX', ARGV[4])
end
if admitted then return {previous, current, 1} end
return {previous, current, 0}
`

type CountingRedis = Redis & {
  chophienCount(current: string, previous: string, limit: number, cost: number, elapsed: string, ttlMs: number, mode: string): Promise<[number, number, number]>
}

/**
 * Counts shared by every server on one Redis. Commands fail at once while Redis is away
 * (no offline queue, a short timeout): the limiter then decides per limit what to do,
 * instead of requests hanging on a queue.
 */
export class RedisCounterStore implements CounterStore {
  private readonly redis: CountingRedis

  constructor(url: string, options: { commandTimeoutMs?: number } = {}) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectionName: "cho-phien-rate-limit",
    }) as CountingRedis
    this.redis.defineCommand("chophienCount", { numberOfKeys: 2, lua: COUNT_SCRIPT })
    // Connection errors surface as failed commands, which the limiter logs; this listener
    // keeps ioredis from reporting each reconnect attempt as an unhandled error event.
    this.redis.on("error", () => undefined)
  }

  async count(step: CountStep): Promise<CountResult> {
    const [previous, current, admitted] = await this.redis.chophienCount(
      `${step.key}:${step.index}`,
      `${step.key}:${step.index - 1}`,
      step.limit,
      step.cost,
      String(step.elapsed),
      2 * step.windowMs,
      step.mode
    )
    return { counts: { previous, current }, admitted: admitted === 1 }
  }

  async clear(key: string, index: number): Promise<void> {
    // The two windows a count is read from; older ones have expired or no longer count.
    await this.redis.del(`${key}:${index}`, `${key}:${index - 1}`)
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect())
  }
}
