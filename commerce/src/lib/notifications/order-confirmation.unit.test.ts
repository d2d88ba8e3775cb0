import { describe, expect, it } from "vitest"
import { orderConfirmation } from "./order-confirmation"

describe("orderConfirmation", () => {
  it.each([
    [
      "cash on delivery, two parcels",
      { displayId: 1042, total: 360000, parcels: 2, paymentMethod: "cod" },
      "Cho Phien: da nhan don CP-1042, tong 360.000d. Hang gui thanh 2 goi. Tra tien mat khi nhan hang.",
    ],
    [
      "VietQR with its reference",
      { displayId: 7, total: 95000, parcels: 1, paymentMethod: "vietqr", transferReference: "CPX7K2M9" },
      "Cho Phien: da nhan don CP-7, tong 95.000d. Chuyen khoan dung 95.000d, noi dung CPX7K2M9.",
    ],
    [
      "card",
      { displayId: 8, total: 120000, parcels: 1, paymentMethod: "stripe" },
      "Cho Phien: da nhan don CP-8, tong 120.000d. Da tra bang the.",
    ],
  ])("%s", (_name, input, text) => {
    const data = orderConfirmation(input)
    expect(data.text).toBe(text)
    expect(data.text.length).toBeLessThanOrEqual(160)
    expect(data).toMatchObject({ order_number: `CP-${input.displayId}`, total: input.total, parcels: input.parcels, payment_method: input.paymentMethod })
  })

  it("carries the transfer reference as data for VietQR only", () => {
    expect(orderConfirmation({ displayId: 1, total: 1, parcels: 1, paymentMethod: "vietqr", transferReference: "ABC" }).transfer_reference).toBe("ABC")
    expect(orderConfirmation({ displayId: 1, total: 1, parcels: 1, paymentMethod: "cod", transferReference: "ABC" })).not.toHaveProperty("transfer_reference")
  })
})
