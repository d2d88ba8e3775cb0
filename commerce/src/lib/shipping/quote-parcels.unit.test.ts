import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { DEFAULT_UNIT_GRAMS, NO_PROVINCE_MESSAGE, quoteParcels, type QuoteItem } from "./quote-parcels"

const line = (producerId: string | null, productId: string, grams: number | null, quantity = 1): QuoteItem => ({
  producerId,
  productId,
  variantId: `variant_${productId}`,
  grams,
  quantity,
})

describe("quoteParcels", () => {
  it.each([
    ["CB", "cao-bang", 16_000],
    ["HN", "north", 22_000],
    ["DN", "central", 30_000],
    ["HCM", "south", 32_000],
  ])("prices one 500 g parcel to %s as zone %s", (provinceCode, zone, shipping) => {
    const quote = quoteParcels({ provinceCode, items: [line("prod_a", "p1", 500)] })
    expect(quote.zone).toBe(zone)
    expect(quote.parcels).toMatchObject([{ producerId: "prod_a", weight_grams: 500, zone, shipping }])
    expect(quote.total).toBe(shipping)
  })

  it.each([
    ["exactly 500 g", [line("a", "p1", 250, 2)], 500, 22_000],
    ["501 g", [line("a", "p1", 250, 2), line("a", "p2", 1)], 501, 26_000],
    ["a missing weight", [line("a", "p1", null, 3)], 3 * DEFAULT_UNIT_GRAMS, 30_000],
    ["a weight of zero", [line("a", "p1", 0)], DEFAULT_UNIT_GRAMS, 22_000],
  ])("weighs %s", (_label, items, weight, shipping) => {
    const quote = quoteParcels({ provinceCode: "HN", items })
    expect(quote.parcels).toHaveLength(1)
    expect(quote.parcels[0]).toMatchObject({ weight_grams: weight, shipping })
  })

  it("makes one parcel per household, whatever the order of the lines", () => {
    const items = [line("a", "p1", 300), line("b", "p2", 300), line("a", "p3", 300, 2)]
    const quote = quoteParcels({ provinceCode: "HCM", items })
    expect(quote.parcels.map((parcel) => [parcel.producerId, parcel.weight_grams, parcel.items.length])).toEqual([
      ["a", 900, 2],
      ["b", 300, 1],
    ])
    expect(quote.total).toBe(37_000 + 32_000)
  })

  it("sends lines without a household apart, one parcel per product", () => {
    const items = [line(null, "p1", 200), line(null, "p2", 200), line(null, "p1", 200), line("a", "p3", 200)]
    const quote = quoteParcels({ provinceCode: "CB", items })
    expect(quote.parcels.map((parcel) => [parcel.key, parcel.producerId, parcel.weight_grams])).toEqual([
      ["product:p1", null, 400],
      ["product:p2", null, 200],
      ["a", "a", 200],
    ])
  })

  it.each([
    ["one line", [line("a", "p1", 120)]],
    ["three households", [line("a", "p1", 700), line("b", "p2", 1_499, 3), line("c", "p3", null, 2)]],
    ["mixed", [line(null, "p1", 1), line("a", "p2", 999), line(null, "p3", 2_500, 4), line("a", "p4", 1, 9)]],
  ])("totals the parcels in whole đồng (%s)", (_label, items) => {
    for (const provinceCode of ["CB", "LS", "HUE", "CM"]) {
      const quote = quoteParcels({ provinceCode, items })
      const sum = quote.parcels.reduce((total, parcel) => total + parcel.shipping, 0)
      expect(quote.total).toBe(sum)
      expect(quote.parcels.flatMap((parcel) => parcel.items)).toHaveLength(items.length)
      for (const value of [quote.total, ...quote.parcels.flatMap((parcel) => [parcel.shipping, parcel.weight_grams])]) {
        expect(Number.isInteger(value) && value > 0).toBe(true)
      }
    }
  })

  describe("bookings (nights, sessions)", () => {
    const booking = (producerId: string, productId: string, guests: number): QuoteItem => ({
      ...line(producerId, productId, null, guests),
      booking: true,
    })

    it.each(["CB", "HN", "HCM"])("a household part holding only bookings weighs 0 and costs no shipping to %s", (provinceCode) => {
      const quote = quoteParcels({ provinceCode, items: [booking("a", "stay", 2), booking("a", "forge", 1)] })
      expect(quote.parcels).toMatchObject([{ producerId: "a", weight_grams: 0, shipping: 0 }])
      expect(quote.total).toBe(0)
    })

    it("prices a household's goods by their weight alone when bookings ride along", () => {
      const withBooking = quoteParcels({ provinceCode: "HN", items: [line("a", "p1", 600), booking("a", "stay", 4)] })
      const alone = quoteParcels({ provinceCode: "HN", items: [line("a", "p1", 600)] })
      expect(withBooking.parcels[0]).toMatchObject({ weight_grams: 600, shipping: alone.parcels[0].shipping })
      expect(withBooking.parcels[0].items).toHaveLength(2)
    })

    it("leaves other households' parcels as they are", () => {
      const quote = quoteParcels({ provinceCode: "DN", items: [booking("a", "stay", 2), line("b", "p2", 500)] })
      expect(quote.parcels.map((p) => [p.producerId, p.shipping])).toEqual([
        ["a", 0],
        ["b", 30_000],
      ])
      expect(quote.total).toBe(30_000)
    })

    it("still refuses a booking for no guests", () => {
      expect(() => quoteParcels({ provinceCode: "HN", items: [booking("a", "stay", 0)] })).toThrow(MedusaError)
    })
  })

  it("quotes nothing for an empty cart", () => {
    expect(quoteParcels({ provinceCode: "HN", items: [] })).toEqual({ zone: "north", parcels: [], total: 0 })
  })

  it.each(["", "XX", "hn"])("refuses the province %j with a Vietnamese message", (provinceCode) => {
    const quote = () => quoteParcels({ provinceCode, items: [line("a", "p1", 100)] })
    expect(quote).toThrow(MedusaError)
    expect(quote).toThrow(NO_PROVINCE_MESSAGE)
  })

  it.each([0, -1, 1.5])("refuses a quantity of %s", (quantity) => {
    expect(() => quoteParcels({ provinceCode: "HN", items: [line("a", "p1", 100, quantity)] })).toThrow(MedusaError)
  })
})
