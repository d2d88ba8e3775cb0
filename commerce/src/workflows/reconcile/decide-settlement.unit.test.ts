import { describe, expect, it } from "vitest"
import { decideSettlement, type Settlement, type SettlementFacts } from "./decide-settlement"

const base: SettlementFacts = {
  method: "cod",
  stale: true,
  order: "none",
  reserved: true,
  payment: "none",
  provider: "not-asked",
  completionFailed: false,
}

const table: [string, Partial<SettlementFacts>, Settlement["action"]][] = [
  ["a checkout still inside its settling delay is left alone", { stale: false, payment: "authorized" }, "wait"],
  ["a young unsplit order is left alone", { stale: false, order: "unsplit" }, "wait"],
  ["a placed order is consistent", { order: "placed", payment: "authorized" }, "none"],
  ["a cash cart whose completion never started holds no money", { payment: "none" }, "none"],
  ["a card cart the buyer never paid holds no money", { method: "stripe", provider: "unpaid" }, "none"],
  ["a cancelled payment holds no money", { method: "stripe", payment: "canceled", provider: "paid" }, "none"],
  ["an authorised card without an order becomes an order", { method: "stripe", payment: "authorized" }, "complete-cart"],
  ["a captured card without an order becomes an order", { method: "stripe", payment: "captured" }, "complete-cart"],
  ["Stripe says paid but Medusa never heard (lost webhook)", { method: "stripe", provider: "paid" }, "complete-cart"],
  ["an authorised cash payment without an order becomes an order", { payment: "authorized" }, "complete-cart"],
  ["paid but the cart cannot be completed: the money goes back", { method: "stripe", provider: "paid", completionFailed: true }, "void-payment"],
  ["captured but out of stock: refunded", { method: "stripe", payment: "captured", completionFailed: true }, "void-payment"],
  ["an unsplit cash order is finished", { order: "unsplit" }, "finish-order"],
  ["an unsplit VietQR order is finished (its window rules apply later)", { method: "vietqr", order: "unsplit" }, "finish-order"],
  ["an unsplit card order the card paid is finished", { method: "stripe", order: "unsplit", provider: "paid" }, "finish-order"],
  ["an unsplit card order with an authorised payment is finished", { method: "stripe", order: "unsplit", payment: "authorized" }, "finish-order"],
  ["an unsplit card order never paid is cancelled", { method: "stripe", order: "unsplit", provider: "unpaid" }, "cancel-order"],
  ["an unsplit card order whose payment was cancelled is cancelled", { method: "stripe", order: "unsplit", payment: "canceled" }, "cancel-order"],
  ["an order without any payment session is cancelled", { method: "none", order: "unsplit" }, "cancel-order"],
  ["an unsplit order whose stock was never reserved is cancelled", { order: "unsplit", reserved: false }, "cancel-order"],
  ["even a paid one, when its stock was never reserved", { method: "stripe", order: "unsplit", payment: "authorized", reserved: false }, "cancel-order"],
]

describe("decideSettlement", () => {
  it.each(table)("%s", (_name, facts, action) => {
    const settlement = decideSettlement({ ...base, ...facts })
    expect(settlement.action).toBe(action)
    expect(settlement.reason.length).toBeGreaterThan(0)
  })

  it("never moves money for a checkout inside its delay, whatever else is true", () => {
    for (const order of ["none", "unsplit", "placed"] as const) {
      for (const payment of ["none", "authorized", "captured", "canceled"] as const) {
        for (const provider of ["paid", "unpaid", "not-asked"] as const) {
          expect(decideSettlement({ ...base, stale: false, order, payment, provider }).action).toBe("wait")
        }
      }
    }
  })

  it("settles a settled checkout as nothing to do: a second run changes nothing", () => {
    // After complete-cart or finish-order the order is placed; after void-payment the payment is cancelled.
    expect(decideSettlement({ ...base, method: "stripe", order: "placed", payment: "captured" }).action).toBe("none")
    expect(decideSettlement({ ...base, method: "stripe", payment: "canceled", provider: "not-asked" }).action).toBe("none")
  })

  it("never completes a cart or finishes a card order without money held", () => {
    for (const payment of ["none", "canceled"] as const) {
      for (const order of ["none", "unsplit"] as const) {
        const action = decideSettlement({ ...base, method: "stripe", order, payment, provider: "unpaid" }).action
        expect(["complete-cart", "finish-order"]).not.toContain(action)
      }
    }
  })
})
