import { describe, expect, it } from "vitest"
import { takeToken } from "@/api/store/search/rate-limit"

describe("takeToken", () => {
  it("allows a burst of 30, refuses the next, and refills over time", () => {
    const now = 1_000_000
    const results = Array.from({ length: 31 }, () => takeToken("203.0.113.7", now))
    expect(results.filter(Boolean)).toHaveLength(30)
    expect(results[30]).toBe(false)
    expect(takeToken("203.0.113.7", now + 1_000)).toBe(true)
  })

  it("counts each client on its own", () => {
    const now = 2_000_000
    Array.from({ length: 30 }, () => takeToken("198.51.100.1", now))
    expect(takeToken("198.51.100.1", now)).toBe(false)
    expect(takeToken("198.51.100.2", now)).toBe(true)
  })
})
