import { describe, expect, it } from "vitest"
import { cutoffDaysOf, experienceSettings } from "./settings"

describe("experienceSettings", () => {
  it("defaults to a 2-day cut-off, 3 days' cancellation and 120 days ahead", () => {
    expect(experienceSettings({})).toEqual({ cutoffDays: 2, cancelDays: 3, horizonDays: 120 })
  })

  it("reads the environment", () => {
    expect(experienceSettings({ EXPERIENCE_CUTOFF_DAYS: "1", EXPERIENCE_CANCEL_DAYS: "7", EXPERIENCE_HORIZON_DAYS: "30" })).toEqual({
      cutoffDays: 1,
      cancelDays: 7,
      horizonDays: 30,
    })
  })

  it.each([["-1"], ["1.5"], ["many"]])("refuses a cancellation window of %s", (value) => {
    expect(() => experienceSettings({ EXPERIENCE_CANCEL_DAYS: value })).toThrow()
  })
})

describe("cutoffDaysOf", () => {
  it.each([
    [{ cutoff_days: 0 }, 0],
    [{ cutoff_days: 5 }, 5],
    [{ cutoff_days: "5" }, 2],
    [{ cutoff_days: -1 }, 2],
    [null, 2],
  ])("%o → %i", (metadata, days) => {
    expect(cutoffDaysOf(metadata, 2)).toBe(days)
  })
})
