import { describe, expect, it } from "vitest"
import { Limiter } from "@/lib/rate-limit/limiter"
import { marketLimits } from "@/lib/rate-limit/limits"
import { MemoryCounterStore } from "@/lib/rate-limit/memory-store"

const search = marketLimits({ CHECKOUT_CARTS_PER_HOUR: 1, CHECKOUT_COMPLETIONS_PER_HOUR: 1, SELLER_REGISTRATIONS_PER_HOUR: 1 }).search

function limiterAt(start: number) {
  let now = start
  return { limiter: new Limiter({ store: new MemoryCounterStore(), now: () => now }), advance: (ms: number) => (now += ms) }
}

describe("the search limit", () => {
  it("allows a burst of 30, refuses the next, and lets typing go on after a moment", async () => {
    const { limiter, advance } = limiterAt(1_000 * search.windowMs)
    const results = []
    let wait = 0
    for (let i = 0; i < 31; i++) {
      const decision = await limiter.consume(search, "203.0.113.7")
      results.push(decision.allowed)
      wait = decision.retryAfterSeconds
    }
    expect(results.filter(Boolean)).toHaveLength(30)
    expect(results[30]).toBe(false)
    // A moment, not a punishment: back within about a window.
    expect(wait).toBeLessThanOrEqual(10)
    advance(wait * 1000)
    expect((await limiter.consume(search, "203.0.113.7")).allowed).toBe(true)
  })

  it("sustains about five searches a second without refusing one", async () => {
    const { limiter, advance } = limiterAt(2_000 * search.windowMs + 1234)
    const refused = []
    for (let i = 0; i < 300; i++) {
      advance(200)
      if (!(await limiter.consume(search, "203.0.113.7")).allowed) refused.push(i)
    }
    expect(refused).toEqual([])
  })

  it("counts each client on its own", async () => {
    const { limiter } = limiterAt(3_000 * search.windowMs)
    for (let i = 0; i < 30; i++) await limiter.consume(search, "198.51.100.1")
    expect((await limiter.consume(search, "198.51.100.1")).allowed).toBe(false)
    expect((await limiter.consume(search, "198.51.100.2")).allowed).toBe(true)
  })
})
