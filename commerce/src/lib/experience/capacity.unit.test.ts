import { describe, expect, it } from "vitest"
import { missingDates, placesLeft } from "./capacity"

describe("placesLeft", () => {
  it.each([
    [{ stocked: 8, reserved: 0 }, true, 8],
    [{ stocked: 8, reserved: 6 }, true, 2],
    [{ stocked: 8, reserved: 8 }, true, 0],
    [{ stocked: 4, reserved: 6 }, true, 0],
    [{ stocked: 8, reserved: 0 }, false, 0],
  ])("%o, bookable %s → %i left", (level, bookable, left) => {
    const result = placesLeft(level, bookable)
    expect(result).toBe(left)
    expect(result).toBeGreaterThanOrEqual(0)
    expect(result).toBeLessThanOrEqual(level.stocked)
  })
})

describe("missingDates", () => {
  it.each([
    [["a", "b", "c"], [], ["a", "b", "c"]],
    [["a", "b", "c"], ["b"], ["a", "c"]],
    [["a", "b"], ["a", "b", "z"], []],
  ])("horizon %o with %o → %o", (horizon, existing, missing) => {
    const result = missingDates(horizon, existing)
    expect(result).toEqual(missing)
    // Together with the existing dates, the horizon is covered exactly once.
    expect(result.filter((d) => existing.includes(d))).toEqual([])
  })
})
