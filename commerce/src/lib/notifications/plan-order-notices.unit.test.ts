import { describe, expect, it } from "vitest"
import { planOrderNotices } from "./plan-order-notices"

const order = { id: "order_1", display_id: 51, total: 400000, phone: "0987654321", payment_method: "cod", transfer_reference: null }
const parcels = [
  { producer_id: "pdcr_a", items: [{ title: "Hạt dẻ", variant_title: null, quantity: 2, total: 200000 }], payout_amount: 230000 },
  { producer_id: "pdcr_b", items: [{ title: "Mật ong", variant_title: "Chai 500 ml", quantity: 1, total: 150000 }], payout_amount: 170000 },
]
const phones = new Map([
  ["pdcr_a", ["0910000000", "0920000001", "0910000000"]],
  ["pdcr_b", ["0910023757"]],
])

describe("planOrderNotices", () => {
  const notices = planOrderNotices(order, parcels, phones)

  it("sends the buyer one confirmation with the number of parcels", () => {
    const buyer = notices.filter((n) => n.template === "order-confirmation")
    expect(buyer.map((n) => [n.to, n.idempotency_key, n.data.parcels])).toEqual([["0987654321", "order-confirmation:order_1", 2]])
  })

  it("sends each phone of a household once, with only that household's lines and amount", () => {
    const toHouseholds = notices.filter((n) => n.template === "household-new-order")
    expect(toHouseholds.map((n) => [n.to, n.data.amount, (n.data.items as { title: string }[]).map((i) => i.title)])).toEqual([
      ["0910000000", 230000, ["Hạt dẻ"]],
      ["0920000001", 230000, ["Hạt dẻ"]],
      ["0910023757", 170000, ["Mật ong"]],
    ])
    expect(JSON.stringify(toHouseholds.filter((n) => n.to === "0910023757"))).not.toMatch(/Hat de|Hạt dẻ|230/)
  })

  it("gives every message its own key, the same each time the event comes", () => {
    const keys = notices.map((n) => n.idempotency_key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(planOrderNotices(order, parcels, phones).map((n) => n.idempotency_key)).toEqual(keys)
    expect(notices.every((n) => n.channel === "sms" && n.resource_id === "order_1")).toBe(true)
  })

  it("sends no confirmation when the order has no phone, and nothing to a household without accounts", () => {
    const quiet = planOrderNotices({ ...order, phone: null }, parcels, new Map([["pdcr_b", ["0910023757"]]]))
    expect(quiet.map((n) => n.to)).toEqual(["0910023757"])
  })
})
