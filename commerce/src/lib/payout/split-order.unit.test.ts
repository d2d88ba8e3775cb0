import { describe, expect, it } from "vitest"
import { owedBalance, splitOrder, type PayoutInput } from "./split-order"

const orders: [string, PayoutInput[]][] = [
  ["one household", [{ producerId: "a", itemsTotal: 180_000, shipping: 22_000 }]],
  [
    "three households",
    [
      { producerId: "a", itemsTotal: 180_000, shipping: 22_000 },
      { producerId: "b", itemsTotal: 95_000, shipping: 26_000 },
      { producerId: "c", itemsTotal: 1, shipping: 16_000 },
    ],
  ],
  ["amounts that do not divide", [{ producerId: "a", itemsTotal: 99_999, shipping: 37_000 }, { producerId: "b", itemsTotal: 3, shipping: 0 }]],
  ["a free item", [{ producerId: "a", itemsTotal: 0, shipping: 32_000 }]],
  ["nothing", []],
]

describe("splitOrder", () => {
  describe.each([0, 1, 250, 333, 1_000, 10_000])("at %i basis points", (feeBps) => {
    it.each(orders)("pays out the whole order for %s", (_label, parcels) => {
      const split = splitOrder(parcels, feeBps)
      const orderTotal = parcels.reduce((sum, parcel) => sum + parcel.itemsTotal + parcel.shipping, 0)
      const paid = split.reduce((sum, part) => sum + part.payout_amount + part.fee, 0)
      expect(paid).toBe(orderTotal)
      for (const part of split) {
        for (const value of [part.items_total, part.shipping_total, part.fee, part.payout_amount]) {
          expect(Number.isInteger(value) && value >= 0).toBe(true)
        }
        expect(part.fee).toBeLessThanOrEqual(part.items_total)
        expect(part.payout_amount).toBeGreaterThanOrEqual(part.shipping_total)
      }
    })
  })

  it.each([
    [0, 180_000, 0],
    [250, 180_000, 4_500],
    [333, 99_999, 3_329],
    [1, 9_999, 0],
    [10_000, 95_000, 95_000],
  ])("takes a fee of %i bps on %i ₫ goods as %i ₫, rounded down", (feeBps, itemsTotal, fee) => {
    const [part] = splitOrder([{ producerId: "a", itemsTotal, shipping: 22_000 }], feeBps)
    expect(part).toEqual({
      producerId: "a",
      items_total: itemsTotal,
      shipping_total: 22_000,
      fee,
      payout_amount: itemsTotal + 22_000 - fee,
    })
  })

  it("charges no fee by default", () => {
    expect(splitOrder([{ producerId: "a", itemsTotal: 500_000, shipping: 30_000 }])[0].fee).toBe(0)
  })

  it("adds up two parcels of the same household", () => {
    const split = splitOrder(
      [
        { producerId: "a", itemsTotal: 100_000, shipping: 22_000 },
        { producerId: "b", itemsTotal: 50_000, shipping: 22_000 },
        { producerId: "a", itemsTotal: 40_000, shipping: 26_000 },
      ],
      500
    )
    expect(split.map((part) => [part.producerId, part.items_total, part.shipping_total, part.fee])).toEqual([
      ["a", 140_000, 48_000, 7_000],
      ["b", 50_000, 22_000, 2_500],
    ])
  })

  it("stays exact for a very large order", () => {
    const [part] = splitOrder([{ producerId: "a", itemsTotal: 9_007_199_254_740_991, shipping: 0 }], 9_999)
    expect(part.fee + part.payout_amount).toBe(9_007_199_254_740_991)
  })

  it.each([
    ["a negative amount", [{ producerId: "a", itemsTotal: -1, shipping: 0 }], 0],
    ["a fraction of a đồng", [{ producerId: "a", itemsTotal: 1.5, shipping: 0 }], 0],
    ["negative shipping", [{ producerId: "a", itemsTotal: 1, shipping: -22_000 }], 0],
    ["a fee above 100 %", [], 10_001],
    ["a fractional fee", [], 2.5],
  ])("refuses %s", (_label, parcels, feeBps) => {
    expect(() => splitOrder(parcels, feeBps)).toThrow(RangeError)
  })
})

describe("owedBalance", () => {
  it.each([
    [[], 0],
    [[{ kind: "earning", amount: 202_000 }], 202_000],
    [[{ kind: "earning", amount: 202_000 }, { kind: "payout", amount: 150_000 }], 52_000],
    [[{ kind: "earning", amount: 100 }, { kind: "payout", amount: 100 }, { kind: "earning", amount: 7 }], 7],
    [[{ kind: "payout", amount: 5_000 }], -5_000],
  ] as const)("owes %j → %i ₫", (entries, balance) => {
    expect(owedBalance(entries)).toBe(balance)
  })

  it("refuses an amount that is not whole đồng", () => {
    expect(() => owedBalance([{ kind: "earning", amount: 0.5 }])).toThrow(RangeError)
  })
})
