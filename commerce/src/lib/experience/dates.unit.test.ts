import { describe, expect, it } from "vitest"
import {
  addDays,
  dateRange,
  daysBetween,
  firstBookableDate,
  isBookable,
  isBookingDate,
  isCancellable,
  vietnamToday,
  vietnameseDate,
} from "./dates"

describe("vietnamToday", () => {
  it.each([
    ["2026-12-04T16:59:59Z", "2026-12-04"],
    ["2026-12-04T17:00:00Z", "2026-12-05"],
    ["2026-12-31T17:30:00Z", "2027-01-01"],
    ["2026-06-01T00:00:00Z", "2026-06-01"],
  ])("at %s it is %s in Vietnam", (instant, today) => {
    expect(vietnamToday(new Date(instant))).toBe(today)
  })
})

describe("isBookingDate", () => {
  it.each([
    ["2026-12-05", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-1-05", false],
    ["05/12/2026", false],
    [20261205, false],
  ])("%s → %s", (value, ok) => {
    expect(isBookingDate(value)).toBe(ok)
  })
})

describe("day arithmetic", () => {
  it.each([
    ["2026-12-30", 3, "2027-01-02"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i days = %s, and back", (from, days, to) => {
    expect(addDays(from, days)).toBe(to)
    expect(daysBetween(from, to)).toBe(days)
    expect(addDays(to, -days)).toBe(from)
  })

  it("lists consecutive dates across a year end, none missing or repeated", () => {
    const range = dateRange("2026-12-30", 5)
    expect(range).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"])
    expect(dateRange("2026-01-01", 365)).toHaveLength(new Set(dateRange("2026-01-01", 365)).size)
    expect(dateRange("2026-01-01", 0)).toEqual([])
  })

  it("refuses a date that is not one", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow("Ngày không hợp lệ")
  })
})

describe("cut-off and cancellation", () => {
  const today = "2026-12-05"
  it.each([
    ["2026-12-05", 2, false],
    ["2026-12-06", 2, false],
    ["2026-12-07", 2, true],
    ["2026-12-04", 0, false],
    ["2026-12-05", 0, true],
  ])("booking %s with a %i-day cut-off: %s", (date, cutoff, open) => {
    expect(isBookable(date, today, cutoff)).toBe(open)
    // The first bookable date is exactly where booking opens.
    expect(isBookable(firstBookableDate(today, cutoff), today, cutoff)).toBe(true)
    expect(isBookable(addDays(firstBookableDate(today, cutoff), -1), today, cutoff)).toBe(false)
  })

  it.each([
    ["2026-12-08", 3, true],
    ["2026-12-07", 3, false],
    ["2026-12-05", 0, true],
    ["2026-12-04", 0, false],
  ])("cancelling %s with %i days' notice: %s", (date, days, allowed) => {
    expect(isCancellable(date, today, days)).toBe(allowed)
  })
})

describe("vietnameseDate", () => {
  it("writes day/month/year", () => {
    expect(vietnameseDate("2026-12-05")).toBe("05/12/2026")
  })
})
