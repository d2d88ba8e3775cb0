import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import Redis from "ioredis"
import { startRedis, type RunningRedis } from "#scripts/lib/redis/redis-server.ts"
import type { CounterStore } from "@/lib/rate-limit/counter-store"
import { keyOf, Limiter, type Limit } from "@/lib/rate-limit/limiter"
import { MemoryCounterStore } from "@/lib/rate-limit/memory-store"
import { RedisCounterStore } from "@/lib/rate-limit/redis-store"

/**
 * The shared store against a real redis-server this file starts: two limiters stand for two
 * servers of a scaled-out market. Needs no Medusa stack.
 */
const MINUTE = 60_000
const guesses: Limit = { name: "guesses", limit: 5, windowMs: 15 * MINUTE, whenStoreDown: "count-locally" }
const reads: Limit = { name: "reads", limit: 20, windowMs: MINUTE, whenStoreDown: "allow" }

let redis: RunningRedis
let dir: string
const stores: RedisCounterStore[] = []

function redisStore(): RedisCounterStore {
  const store = new RedisCounterStore(redis.url)
  stores.push(store)
  return store
}

/** ioredis connects in the background; without an offline queue, commands fail until then. */
async function connected(store: CounterStore): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      await store.count({ key: "cp:rl:{probe}", index: 0, elapsed: 0, windowMs: 1000, limit: 1, cost: 1, mode: "check" })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await sleep(50)
    }
  }
}

async function twoServers(now: () => number = Date.now) {
  const a = redisStore()
  const b = redisStore()
  await Promise.all([connected(a), connected(b)])
  return [new Limiter({ store: a, now }), new Limiter({ store: b, now })]
}

const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cho-phien-limits-"))
  redis = await startRedis({ dir })
}, 30_000)

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()))
  await redis?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe("two servers on one Redis", () => {
  it("share one count: guesses split between them are refused after the limit", async () => {
    const [serverA, serverB] = await twoServers()
    const client = unique("203.0.113.7")
    const answers = []
    for (let i = 0; i < 7; i++) {
      const limiter = i % 2 === 0 ? serverA : serverB
      answers.push((await limiter.consume(guesses, client)).allowed)
    }
    expect(answers).toEqual([true, true, true, true, true, false, false])
    const refused = await serverB.check(guesses, client)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
  })

  it("never admit more than the limit when both count at the same moment", async () => {
    const [serverA, serverB] = await twoServers()
    const client = unique("198.51.100.1")
    const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? serverA : serverB).consume(reads, client)))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(reads.limit)
  })

  it("a reset on one server is seen by the other", async () => {
    const [serverA, serverB] = await twoServers()
    const client = unique("pair")
    for (let i = 0; i < 5; i++) await serverA.recordFailure(guesses, client)
    expect((await serverB.check(guesses, client)).allowed).toBe(false)
    await serverB.reset(guesses, client)
    expect((await serverA.check(guesses, client)).allowed).toBe(true)
  })
})

describe("the Redis store counts as the memory store does", () => {
  it("gives the same answers and counts for the same steps over several windows", async () => {
    const store = redisStore()
    await connected(store)
    const memory = new MemoryCounterStore()
    const key = keyOf(guesses, unique("same"))
    const windowMs = 10_000
    // A fixed walk through time: bursts, quiet spells, refunds, checks, a skipped window.
    const times = [0, 100, 200, 300, 4_000, 9_999, 10_000, 12_500, 15_000, 19_000, 20_500, 26_000, 45_000, 47_000]
    const modes = ["consume", "consume", "add", "check", "consume", "add", "consume", "consume", "add", "check", "consume", "add", "consume", "check"] as const
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < times.length; i++) {
        const at = 1_000_000_000 + round * 100_000 + times[i]
        const index = Math.floor(at / windowMs)
        const cost = modes[i] === "add" && i % 3 === 0 ? -1 : 1
        const step = { key: `${key}:${round}`, index, elapsed: (at - index * windowMs) / windowMs, windowMs, limit: 3, cost, mode: modes[i] }
        for (let repeat = 0; repeat < 2; repeat++) {
          expect(await store.count(step), `round ${round}, step ${i}`).toEqual(await memory.count(step))
        }
      }
    }
  })

  it("lets a count expire by itself after two windows", async () => {
    const store = redisStore()
    await connected(store)
    const limiter = new Limiter({ store })
    const client = unique("ttl")
    await limiter.recordFailure(guesses, client)
    const probe = new Redis(redis.url)
    try {
      const keys = await probe.keys(`${keyOf(guesses, client)}:*`)
      expect(keys).toHaveLength(1)
      const ttl = await probe.pttl(keys[0])
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(2 * guesses.windowMs)
    } finally {
      probe.disconnect()
    }
  })
})

describe("when Redis goes away", () => {
  it("lets catalogue reads through, keeps guesses limited per server, says so once, and shares again when it is back", async () => {
    const store = redisStore()
    await connected(store)
    const warnings: string[] = []
    const limiter = new Limiter({ store, warn: (message) => warnings.push(message) })
    const reader = unique("reader")
    const guesser = unique("guesser")
    for (let i = 0; i < reads.limit; i++) await limiter.consume(reads, reader)
    expect((await limiter.consume(reads, reader)).allowed).toBe(false)

    const port = redis.port
    await redis.stop()
    const during = []
    for (let i = 0; i < 5; i++) during.push((await limiter.consume(reads, reader)).allowed)
    expect(during).toEqual([true, true, true, true, true])
    for (let i = 0; i < guesses.limit; i++) await limiter.recordFailure(guesses, guesser)
    expect((await limiter.check(guesses, guesser)).allowed).toBe(false)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Redis/)

    redis = await startRedis({ dir, port })
    await connected(store)
    // A fresh Redis holds no counts: the guesser starts again from nothing there.
    const other = new Limiter({ store: redisStore() })
    await connected(stores[stores.length - 1])
    for (let i = 0; i < guesses.limit; i++) await limiter.recordFailure(guesses, `${guesser}-after`)
    expect((await other.check(guesses, `${guesser}-after`)).allowed).toBe(false)
  }, 60_000)
})
