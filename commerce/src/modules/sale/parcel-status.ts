import { MedusaError } from "@medusajs/framework/utils"

export const PARCEL_ACTIONS = ["pack", "ship", "deliver"] as const
export type ParcelAction = (typeof PARCEL_ACTIONS)[number]

export type ParcelState = {
  status: "new" | "packed" | "shipped" | "delivered" | "cancelled"
  payment_method: string
  paid: boolean
  /** [{ booking_date? }]: a parcel whose every line is a booking has guests, not goods. */
  items?: unknown
}

/** Every line is a booking of an experience: nothing to pack or send, only guests to welcome. */
export function isBookingOnly(parcel: Pick<ParcelState, "items">): boolean {
  const items = Array.isArray(parcel.items) ? (parcel.items as Array<{ booking_date?: string }>) : []
  return items.length > 0 && items.every((item) => Boolean(item.booking_date))
}

export type ParcelChange = {
  status: "packed" | "shipped" | "delivered"
  carrier?: string | null
  tracking_code?: string | null
  /** Cash was handed over at the door: the household's part of a COD order is now paid. */
  collect_cash: boolean
}

export type ParcelActionInput = { action: ParcelAction; carrier?: string; tracking_code?: string; cash_collected?: boolean }

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * What a household may do with its parcel next, in the words it will read when it may not:
 * pack a new parcel; send it (with the carrier) once it is paid, or at once for cash on
 * delivery; mark it received, and for cash on delivery only together with the money.
 */
export function nextParcelState(parcel: ParcelState, input: ParcelActionInput): ParcelChange {
  if (parcel.status === "cancelled") {
    throw refuse("Đơn này đã bị huỷ. Không cần gửi hàng.")
  }
  const cod = parcel.payment_method === "cod"
  if (isBookingOnly(parcel)) {
    return nextBookingState(parcel, input, cod)
  }
  switch (input.action) {
    case "pack":
      if (parcel.status !== "new") throw refuse("Gói hàng này đã được đóng gói rồi.")
      return { status: "packed", collect_cash: false }
    case "ship":
      if (parcel.status === "shipped" || parcel.status === "delivered") throw refuse("Gói hàng này đã được gửi rồi.")
      if (!cod && !parcel.paid) throw refuse("Người mua chưa trả tiền. Chưa gửi hàng, hãy đợi.")
      if (!input.carrier?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vui lòng ghi gửi qua đâu (ví dụ: Viettel Post, xe khách).")
      return { status: "shipped", carrier: input.carrier.trim(), tracking_code: input.tracking_code?.trim() || null, collect_cash: false }
    case "deliver":
      if (parcel.status !== "shipped") throw refuse("Hãy bấm \"Đã gửi hàng\" trước khi báo đã giao.")
      if (cod && !input.cash_collected) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Đơn trả tiền khi nhận hàng: hãy xác nhận đã nhận đủ tiền.")
      }
      return { status: "delivered", collect_cash: cod }
  }
}

/** A booking has one step: the guests came (and, for cash on delivery, paid). */
function nextBookingState(parcel: ParcelState, input: ParcelActionInput, cod: boolean): ParcelChange {
  if (input.action !== "deliver") {
    throw refuse("Đây là đặt chỗ, không cần đóng gói hay gửi hàng. Khi khách đến, bấm \"Khách đã đến\".")
  }
  if (parcel.status === "delivered") throw refuse("Đã ghi khách đến rồi.")
  if (!cod && !parcel.paid) throw refuse("Khách chưa trả tiền đặt chỗ.")
  if (cod && !input.cash_collected) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Khách trả tiền khi đến: hãy xác nhận đã nhận đủ tiền.")
  }
  return { status: "delivered", collect_cash: cod }
}
