import { describe, expect, it } from "vitest"
import { ordersInProgress } from "./erasable"

describe("ordersInProgress", () => {
  it.each([
    ["a delivered order", [{ display_id: 1, status: "pending", parcel_statuses: ["delivered"] }], []],
    ["an order with one parcel still shipped", [{ display_id: 2, status: "pending", parcel_statuses: ["delivered", "shipped"] }], [2]],
    ["a cancelled order with a new parcel", [{ display_id: 3, status: "canceled", parcel_statuses: ["new"] }], []],
    ["a completed order", [{ display_id: 4, status: "completed", parcel_statuses: ["delivered", "cancelled"] }], []],
    ["an order not yet split into parcels", [{ display_id: 5, status: "pending", parcel_statuses: [] }], [5]],
    ["an unpaid transfer waiting", [{ display_id: 6, status: "pending", parcel_statuses: ["new"] }], [6]],
    [
      "several, listed in number order",
      [
        { display_id: 9, status: "pending", parcel_statuses: ["packed"] },
        { display_id: 7, status: "pending", parcel_statuses: ["new"] },
        { display_id: 8, status: "pending", parcel_statuses: ["delivered"] },
      ],
      [7, 9],
    ],
  ])("%s", (_name, orders, expected) => {
    expect(ordersInProgress(orders)).toEqual(expected)
  })
})
