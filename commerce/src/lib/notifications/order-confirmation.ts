import { orderNumber } from "@/modules/sale/order-number"
import { smsText, smsVnd } from "./sms-text"

export const ORDER_CONFIRMATION_TEMPLATE = "order-confirmation"

export type OrderConfirmationInput = {
  displayId: number
  total: number
  parcels: number
  paymentMethod: string
  /** VietQR only: the note the buyer must type in the transfer. */
  transferReference?: string | null
}

export type OrderConfirmationData = {
  order_number: string
  total: number
  parcels: number
  payment_method: string
  transfer_reference?: string
  text: string
}

function howToPay(input: OrderConfirmationInput): string {
  if (input.paymentMethod === "vietqr") {
    return `Chuyển khoản đúng ${smsVnd(input.total)}, nội dung ${input.transferReference ?? orderNumber(input.displayId)}.`
  }
  if (input.paymentMethod === "cod") return "Trả tiền mặt khi nhận hàng."
  return "Đã trả bằng thẻ."
}

/** The buyer's confirmation: number, total, how many parcels, and how to pay. */
export function orderConfirmation(input: OrderConfirmationInput): OrderConfirmationData {
  const number = orderNumber(input.displayId)
  const parcels = input.parcels > 1 ? ` Hàng gửi thành ${input.parcels} gói.` : ""
  const text = smsText(`Chợ Phiên: đã nhận đơn ${number}, tổng ${smsVnd(input.total)}.${parcels} ${howToPay(input)}`)
  return {
    order_number: number,
    total: input.total,
    parcels: input.parcels,
    payment_method: input.paymentMethod,
    ...(input.paymentMethod === "vietqr" && input.transferReference ? { transfer_reference: input.transferReference } : {}),
    text,
  }
}
