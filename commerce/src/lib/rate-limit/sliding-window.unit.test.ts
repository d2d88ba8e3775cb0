import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { admits, applyCount, estimate, retryAfterMs, retryAfterSeconds, shiftCounts, windowAt, type Counts } from "./sliding-window"

describe("windowAt", () => {
  it.each([
    [0, 1000, 0, 0],
    [999, 1000, 0, 0.999],
    [1000, 1000, 1, 0],
    [61_500, 60_000, 1, 0.025],
  ])("%i ms with %i ms windows → window %i, %f in", (now, windowMs, index, elapsed) => {
    expect(windowAt(now, windowMs)).toEqual({ index, elapsed: expect.closeTo(elapsed, 9) })
  })
})

describe("estimate and admits", () => {
  it.each([
    // counts, elapsed, limit, cost, estimate, admitted
    [{ previous: 0, current: 0 }, 0, 5, 1, 0, true],
    [{ previous: 0, current: 4 }, 0.5, 5, 1, 4, true],
    [{ previous: 0, current: 5 }, 0.5, 5, 1, 5, false],
    [{ previous: 10, current: 0 }, 0.5, 5, 1, 5, false],
    [{ previous: 10, current: 0 }, 0.6, 5, 1, 4, true],
    [{ previous: 4, current: 3 }, 0.75, 5, 1, 4, true],
    [{ previous: 4, current: 3 }, 0.5, 5, 1, 5, false],
    [{ previous: 0, current: 0 }, 0, 5, 6, 0, false],
  ])("%j at %f of the window, limit %i, cost %i", (counts, elapsed, limit, cost, expected, admitted) => {
    expect(estimate(counts, elapsed)).toBeCloseTo(expected, 9)
    expect(admits(limit, counts, elapsed, cost)).toBe(admitted)
  })
})

describe("shiftCounts", () => {
  const stored = { previous: 3, current: 7 }
  it.each([
    [5, 5, { previous: 3, current: 7 }],
    [5, 6, { previous: 7, current: 0 }],
    [5, 7, { previous: 0, current: 0 }],
    [5, 500, { previous: 0, current: 0 }],
  ])("written in window %i, read in window %i", (storedIndex, index, expected) => {
    expect(shiftCounts(stored, storedIndex, index)).toEqual(expected)
  })
})

describe("applyCount", () => {
  it.each([
    // counts, mode, cost, counts after, admitted
    [{ previous: 0, current: 4 }, "consume", 1, { previous: 0, current: 5 }, true],
    [{ previous: 0, current: 5 }, "consume", 1, { previous: 0, current: 5 }, false],
    [{ previous: 0, current: 4 }, "check", 1, { previous: 0, current: 4 }, true],
    [{ previous: 0, current: 5 }, "check", 1, { previous: 0, current: 5 }, false],
    // Failures are counted even past the limit; `admitted` then says whether the count was still under it.
    [{ previous: 0, current: 5 }, "add", 1, { previous: 0, current: 6 }, true],
    [{ previous: 0, current: 6 }, "add", 1, { previous: 0, current: 7 }, false],
    [{ previous: 2, current: 1 }, "add", -1, { previous: 2, current: 0 }, true],
    [{ previous: 2, current: 0 }, "add", -1, { previous: 2, current: 0 }, true],
  ] as const)("%j %s %i", (counts, mode, cost, after, admitted) => {
    expect(applyCount(counts, 5, 0, cost, mode)).toEqual({ counts: after, admitted })
  })
})

describe("retryAfterMs", () => {
  const window = { limit: 5, windowMs: 60_000 }
  it.each([
    [{ previous: 0, current: 0 }, 0.3, 0],
    // Current window full: to its end (42 s), then until the 5 carried over weigh ≤ 4 (12 s).
    [{ previous: 0, current: 5 }, 0.3, 54_000],
    // The previous window's weight must fall from 5 to 4: 20 % of a window, 12 s.
    [{ previous: 5, current: 0 }, 0, 12_000],
    // 10·(1−g) + 2 + 1 ≤ 5 ⇔ g ≥ 0.8: 30 % of a window from half-way.
    [{ previous: 10, current: 2 }, 0.5, 18_000],
    // Current 8 > limit: end of this window (30 s) plus until 8·(1−h) ≤ 4, h = ½ (30 s).
    [{ previous: 0, current: 8 }, 0.5, 60_000],
  ])("%j at %f → %i ms", (counts, elapsed, ms) => {
    const now = 1_000 * window.windowMs + elapsed * window.windowMs
    expect(retryAfterMs(window, counts, now)).toBe(ms)
  })

  it("waits exactly long enough: admitted after the wait, refused a millisecond before", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 120 }).map((s) => s * 1000),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (limit, windowMs, previous, current, now) => {
          const here = windowAt(now, windowMs)
          const counts: Counts = { previous, current }
          const wait = retryAfterMs({ limit, windowMs }, counts, now)
          const at = (t: number) => {
            const then = windowAt(now + t, windowMs)
            return admits(limit, shiftCounts(counts, here.index, then.index), then.elapsed)
          }
          expect(at(wait)).toBe(true)
          if (wait > 0) expect(at(wait - 1)).toBe(false)
          expect(wait).toBeLessThanOrEqual(2 * windowMs)
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe("retryAfterSeconds", () => {
  it.each([
    [0, 1],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [900_000, 900],
  ])("%i ms → %i s", (ms, seconds) => {
    expect(retryAfterSeconds(ms)).toBe(seconds)
  })
})
