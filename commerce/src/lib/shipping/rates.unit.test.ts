import { describe, expect, it } from "vitest"
import { parcelRate, RATES } from "./rates"

describe("parcelRate", () => {
  it.each([
    ["cao-bang", 0, 16_000],
    ["cao-bang", 500, 16_000],
    ["cao-bang", 501, 18_500],
    ["cao-bang", 1_000, 18_500],
    ["cao-bang", 1_001, 21_000],
    ["north", 1, 22_000],
    ["north", 500, 22_000],
    ["north", 501, 26_000],
    ["north", 2_000, 34_000],
    ["central", 500, 30_000],
    ["central", 501, 35_000],
    ["central", 1_500, 40_000],
    ["south", 500, 32_000],
    ["south", 501, 37_000],
    ["south", 10_000, 127_000],
  ] as const)("sends %s at %i g for %i ₫", (zone, grams, price) => {
    expect(parcelRate(zone, grams)).toBe(price)
  })

  it("never charges less for a heavier parcel, nor a nearer zone more", () => {
    const zones = ["cao-bang", "north", "central", "south"] as const
    for (let grams = 0; grams <= 5_000; grams += 125) {
      const prices = zones.map((zone) => parcelRate(zone, grams))
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      for (const zone of zones) {
        expect(Number.isInteger(parcelRate(zone, grams))).toBe(true)
        expect(parcelRate(zone, grams + 125)).toBeGreaterThanOrEqual(parcelRate(zone, grams))
      }
    }
  })

  it("keeps every rate in whole đồng", () => {
    for (const { first, step } of Object.values(RATES)) {
      expect([Number.isInteger(first), Number.isInteger(step)]).toEqual([true, true])
    }
  })

  it.each([-1, 1.5, Number.NaN])("refuses the weight %s", (grams) => {
    expect(() => parcelRate("north", grams)).toThrow(RangeError)
  })
})
