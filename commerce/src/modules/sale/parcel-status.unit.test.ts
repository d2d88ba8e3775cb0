import { describe, expect, it } from "vitest"
import { nextParcelState, type ParcelState } from "./parcel-status"

const cod = (status: ParcelState["status"], paid = false): ParcelState => ({ status, payment_method: "cod", paid })
const transfer = (status: ParcelState["status"], paid: boolean): ParcelState => ({ status, payment_method: "vietqr", paid })

describe("what a household may do with its parcel", () => {
  it.each([
    [cod("new"), { action: "pack" as const }, "packed"],
    [cod("new"), { action: "ship" as const, carrier: "Viettel Post" }, "shipped"],
    [cod("packed"), { action: "ship" as const, carrier: "Xe khách" }, "shipped"],
    [transfer("packed", true), { action: "ship" as const, carrier: "VNPost", tracking_code: "EB1" }, "shipped"],
    [cod("shipped"), { action: "deliver" as const, cash_collected: true }, "delivered"],
    [transfer("shipped", true), { action: "deliver" as const }, "delivered"],
  ])("allows %j then %j → %s", (parcel, input, status) => {
    expect(nextParcelState(parcel, input).status).toBe(status)
  })

  it.each([
    [cod("cancelled"), { action: "pack" as const }, /huỷ/],
    [cod("packed"), { action: "pack" as const }, /đã được đóng gói/],
    [transfer("new", false), { action: "ship" as const, carrier: "VNPost" }, /chưa trả tiền/],
    [cod("new"), { action: "ship" as const, carrier: "  " }, /gửi qua đâu/],
    [cod("shipped"), { action: "ship" as const, carrier: "VNPost" }, /đã được gửi/],
    [cod("packed"), { action: "deliver" as const, cash_collected: true }, /Đã gửi hàng/],
    [cod("shipped"), { action: "deliver" as const }, /nhận đủ tiền/],
  ])("refuses %j then %j", (parcel, input, message) => {
    expect(() => nextParcelState(parcel, input)).toThrow(message)
  })

  it("collects the cash only for cash on delivery", () => {
    expect(nextParcelState(cod("shipped"), { action: "deliver", cash_collected: true }).collect_cash).toBe(true)
    expect(nextParcelState(transfer("shipped", true), { action: "deliver" }).collect_cash).toBe(false)
  })

  it("takes a booking straight from new to delivered when the guests come, with the cash for COD", () => {
    const booking = { ...cod("new"), items: [{ booking_date: "2026-12-05" }] }
    expect(nextParcelState(booking, { action: "deliver", cash_collected: true })).toMatchObject({ status: "delivered", collect_cash: true })
    expect(() => nextParcelState(booking, { action: "ship", carrier: "VNPost" })).toThrow(/không cần đóng gói hay gửi hàng/)
    expect(() => nextParcelState(booking, { action: "deliver" })).toThrow(/nhận đủ tiền/)
    const unpaid = { ...transfer("new", false), items: [{ booking_date: "2026-12-05" }] }
    expect(() => nextParcelState(unpaid, { action: "deliver" })).toThrow(/chưa trả tiền/)
  })

  it("treats a parcel with goods and a booking as goods", () => {
    const mixed = { ...cod("new"), items: [{ booking_date: "2026-12-05" }, { title: "Hạt dẻ" }] }
    expect(nextParcelState(mixed, { action: "pack" }).status).toBe("packed")
  })

  it("keeps the carrier and tracking code, trimmed", () => {
    const change = nextParcelState(cod("packed"), { action: "ship", carrier: " Viettel Post ", tracking_code: " VT123 " })
    expect(change).toMatchObject({ carrier: "Viettel Post", tracking_code: "VT123" })
  })
})
