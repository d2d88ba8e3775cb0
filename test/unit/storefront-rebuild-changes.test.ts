import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { type CatalogChanges } from "#scripts/lib/storefront/catalog-changes.ts"
import { createRebuildScheduler } from "#scripts/lib/storefront/rebuild-scheduler.ts"

const products = (...ids: string[]): CatalogChanges => ({ kind: "products", ids: new Set(ids) })
const described = (changes: CatalogChanges) => (changes.kind === "all" ? "all" : [...changes.ids].sort().join(","))

describe("what each storefront build is told changed", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("hands one build every product changed in a burst, then starts afresh", async () => {
    const seen: string[] = []
    const scheduler = createRebuildScheduler({ build: async (changes) => void seen.push(described(changes)) })
    scheduler.changed(products("p1"))
    scheduler.changed(products("p2", "p1"))
    await vi.advanceTimersByTimeAsync(3_000)
    scheduler.changed(products("p3"))
    await vi.advanceTimersByTimeAsync(3_000)
    expect(seen).toEqual(["p1,p2", "p3"])
  })

  it("makes a burst with one unknown change a full build", async () => {
    const seen: string[] = []
    const scheduler = createRebuildScheduler({ build: async (changes) => void seen.push(described(changes)) })
    scheduler.changed(products("p1"))
    scheduler.changed()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(seen).toEqual(["all"])
  })

  it("keeps a failed build's products for the retry, with those changed meanwhile", async () => {
    const seen: string[] = []
    let fail = true
    const scheduler = createRebuildScheduler({
      retryMs: 5_000,
      build: async (changes) => {
        seen.push(described(changes))
        if (fail) {
          fail = false
          throw new Error("astro build failed")
        }
      },
    })
    scheduler.changed(products("p1"))
    await vi.advanceTimersByTimeAsync(2_100)
    scheduler.changed(products("p2"))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(seen).toEqual(["p1", "p1,p2"])
  })
})
