import { describe, expect, it } from "vitest"
import { isCalendarDate, periodRange } from "./period"

describe("isCalendarDate", () => {
  it.each([
    ["2026-01-31", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["01/02/2026", false],
    ["2026-01-01T00:00", false],
  ])("%s → %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected)
  })
})

describe("periodRange", () => {
  it("covers whole days in Vietnam time, the last day included", () => {
    const range = periodRange({ from: "2026-03-01", to: "2026-03-31" })
    expect(range.$gte?.toISOString()).toBe("2026-02-28T17:00:00.000Z")
    expect(range.$lt?.toISOString()).toBe("2026-03-31T17:00:00.000Z")
  })

  it("leaves an end open when it is not given", () => {
    expect(periodRange({})).toEqual({})
    expect(Object.keys(periodRange({ to: "2026-03-31" }))).toEqual(["$lt"])
  })
})
