import { describe, expect, it } from "vitest"
import type { CounterStore } from "./counter-store"
import { keyOf, Limiter, type Limit } from "./limiter"
import { marketLimits, TOO_MANY_MESSAGES, waitInWords } from "./limits"
import { MemoryCounterStore } from "./memory-store"

const MINUTE = 60_000
const failures: Limit = { name: "test-failures", limit: 5, windowMs: 15 * MINUTE, whenStoreDown: "count-locally" }
const reads: Limit = { name: "test-reads", limit: 3, windowMs: MINUTE, whenStoreDown: "allow" }

function clock(start = 1_000 * 15 * MINUTE) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

/** A store whose server is down: every call fails, as ioredis does without a connection. */
const downStore: CounterStore = {
  count: () => Promise.reject(new Error("Stream isn't writeable")),
  clear: () => Promise.reject(new Error("Stream isn't writeable")),
}

describe("Limiter.consume", () => {
  it("admits up to the limit, refuses the next with a wait, and admits again after it", async () => {
    const time = clock()
    const limiter = new Limiter({ store: new MemoryCounterStore(), now: time.now })
    const decisions = []
    for (let i = 0; i < 4; i++) decisions.push(await limiter.consume(reads, "203.0.113.7"))
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    const wait = decisions[3].retryAfterSeconds
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(120)
    time.advance(wait * 1000)
    expect((await limiter.consume(reads, "203.0.113.7")).allowed).toBe(true)
  })

  it("counts each client and each limit on its own", async () => {
    const limiter = new Limiter({ store: new MemoryCounterStore(), now: clock().now })
    for (let i = 0; i < 3; i++) await limiter.consume(reads, "203.0.113.7")
    expect((await limiter.consume(reads, "203.0.113.7")).allowed).toBe(false)
    expect((await limiter.consume(reads, "203.0.113.8")).allowed).toBe(true)
    expect((await limiter.consume({ ...reads, name: "other" }, "203.0.113.7")).allowed).toBe(true)
  })

  it("does not count refused requests, so waiting out the answer is enough", async () => {
    const time = clock()
    const limiter = new Limiter({ store: new MemoryCounterStore(), now: time.now })
    for (let i = 0; i < 50; i++) await limiter.consume(reads, "203.0.113.7")
    time.advance(2 * MINUTE)
    expect((await limiter.consume(reads, "203.0.113.7")).allowed).toBe(true)
  })
})

describe("Limiter failures", () => {
  it("blocks after the limit's failures, is not fooled by refunds of other attempts, and resets", async () => {
    const limiter = new Limiter({ store: new MemoryCounterStore(), now: clock().now })
    for (let i = 0; i < 5; i++) {
      expect((await limiter.check(failures, "pair")).allowed).toBe(true)
      await limiter.recordFailure(failures, "pair")
    }
    const blocked = await limiter.check(failures, "pair")
    expect(blocked.allowed).toBe(false)
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0)
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(30 * 60)
    await limiter.reset(failures, "pair")
    expect((await limiter.check(failures, "pair")).allowed).toBe(true)
  })

  it("a refund gives back what consume took, and never goes below nothing", async () => {
    const limiter = new Limiter({ store: new MemoryCounterStore(), now: clock().now })
    await limiter.refund(reads, "x")
    for (let i = 0; i < 3; i++) {
      await limiter.consume(reads, "x")
      await limiter.refund(reads, "x")
    }
    const decisions = []
    for (let i = 0; i < 4; i++) decisions.push((await limiter.consume(reads, "x")).allowed)
    expect(decisions).toEqual([true, true, true, false])
  })
})

describe("when the shared store is down", () => {
  it("lets 'allow' limits through and tells the operator, once a minute at most", async () => {
    const warnings: string[] = []
    const time = clock()
    const limiter = new Limiter({ store: downStore, warn: (m) => warnings.push(m), now: time.now })
    const decisions = []
    for (let i = 0; i < 10; i++) decisions.push((await limiter.consume(reads, "203.0.113.7")).allowed)
    expect(decisions.every(Boolean)).toBe(true)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Redis.*Stream isn't writeable/)
    time.advance(MINUTE)
    await limiter.consume(reads, "203.0.113.7")
    expect(warnings).toHaveLength(2)
  })

  it("keeps 'count-locally' limits holding in this server's memory", async () => {
    const limiter = new Limiter({ store: downStore, now: clock().now })
    for (let i = 0; i < 5; i++) await limiter.recordFailure(failures, "pair")
    expect((await limiter.check(failures, "pair")).allowed).toBe(false)
    await limiter.reset(failures, "pair")
    expect((await limiter.check(failures, "pair")).allowed).toBe(true)
  })
})

describe("MemoryCounterStore", () => {
  it("forgets the least recently seen key past its size, never growing beyond it", async () => {
    const store = new MemoryCounterStore(3)
    const limiter = new Limiter({ store, now: clock().now })
    for (const client of ["a", "b", "c"]) await limiter.recordFailure(failures, client)
    await limiter.recordFailure(failures, "a")
    await limiter.recordFailure(failures, "d")
    expect(store.size).toBe(3)
    // "b" was the least recently seen: it starts again from nothing; "a" kept its two.
    await limiter.recordFailure(failures, "b")
    for (let i = 0; i < 3; i++) await limiter.recordFailure(failures, "a")
    expect((await limiter.check(failures, "a")).allowed).toBe(false)
    expect(store.size).toBe(3)
  })
})

describe("keyOf", () => {
  it("puts the limit and the client in one Redis Cluster hash tag", () => {
    expect(keyOf(failures, "203.0.113.7")).toBe("cp:rl:{test-failures:203.0.113.7}")
  })
})

describe("marketLimits", () => {
  const limits = marketLimits({ CHECKOUT_CARTS_PER_HOUR: 300, CHECKOUT_COMPLETIONS_PER_HOUR: 200, SELLER_REGISTRATIONS_PER_HOUR: 20 })

  it("takes checkout and registration allowances from the settings", () => {
    expect([limits.checkoutCarts.limit, limits.checkoutCompletions.limit, limits.sellerRegistration.limit]).toEqual([300, 200, 20])
  })

  it("lets one address try a handful of phone numbers before its own limit", () => {
    expect(limits.signInAddress.limit).toBeGreaterThan(limits.signInPhoneAndAddress.limit)
  })

  it("lets only search run open while Redis is away", () => {
    const open = Object.entries(limits).filter(([, limit]) => limit.whenStoreDown === "allow").map(([name]) => name)
    expect(open).toEqual(["search"])
  })

  it("gives every limit its own name, so no two share a count by accident", () => {
    const names = Object.values(limits).map((limit) => limit.name)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe("waitInWords", () => {
  it.each([
    [1, "1 giây"],
    [59, "59 giây"],
    [60, "1 phút"],
    [61, "2 phút"],
    [972, "17 phút"],
    [3599, "1 giờ"],
    [3600, "1 giờ"],
    [3900, "1 giờ 5 phút"],
  ])("%i s → %s", (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words)
  })

  it("never says a shorter wait than Retry-After", () => {
    for (let seconds = 1; seconds <= 2 * 3600; seconds += 7) {
      const [, amount, unit, more] = /^(\d+) (giây|phút|giờ)(?: (\d+) phút)?$/.exec(waitInWords(seconds)) ?? []
      const said = Number(amount) * (unit === "giây" ? 1 : unit === "phút" ? 60 : 3600) + Number(more ?? 0) * 60
      expect(said).toBeGreaterThanOrEqual(seconds)
    }
  })
})

describe("TOO_MANY_MESSAGES", () => {
  it.each(Object.keys(TOO_MANY_MESSAGES) as (keyof typeof TOO_MANY_MESSAGES)[])("%s tells how long to wait, in Vietnamese", (name) => {
    expect(TOO_MANY_MESSAGES[name]("17 phút")).toMatch(/^[^.]+\. Vui lòng đợi 17 phút rồi (thử|tìm) lại/)
  })
})
