import { orderNumber } from "@/modules/sale/order-number"
import { smsText, smsVnd } from "./sms-text"

export const HOUSEHOLD_NEW_ORDER_TEMPLATE = "household-new-order"

/** The lines of one household's parcel, as the sale module keeps them. */
export type ParcelLine = { title: string; variant_title?: string | null; quantity: number; total: number }

export type HouseholdNewOrderInput = {
  displayId: number
  paymentMethod: string
  items: readonly ParcelLine[]
  /** What this household is owed for its parcel. */
  amount: number
}

export type HouseholdNewOrderData = {
  order_number: string
  items: { title: string; variant_title: string | null; quantity: number; total: number }[]
  amount: number
  payment_method: string
  text: string
}

/** A text message stays readable on a small screen: three lines, then how many more. */
const LINES_IN_TEXT = 3

function lineText(line: ParcelLine): string {
  return `${line.quantity} x ${line.title}${line.variant_title ? ` (${line.variant_title})` : ""}`
}

/** A household's notice of a new order: only its own lines and its own amount. */
export function householdNewOrder(input: HouseholdNewOrderInput): HouseholdNewOrderData {
  const number = orderNumber(input.displayId)
  const shown = input.items.slice(0, LINES_IN_TEXT).map(lineText).join(", ")
  const more = input.items.length > LINES_IN_TEXT ? ` và ${input.items.length - LINES_IN_TEXT} món khác` : ""
  const cash = input.paymentMethod === "cod" ? " Người mua trả tiền khi nhận." : ""
  return {
    order_number: number,
    items: input.items.map((line) => ({
      title: line.title,
      variant_title: line.variant_title ?? null,
      quantity: line.quantity,
      total: line.total,
    })),
    amount: input.amount,
    payment_method: input.paymentMethod,
    text: smsText(`Chợ Phiên: đơn mới ${number}: ${shown}${more}. Hộ nhận ${smsVnd(input.amount)}.${cash} Vào trang Bán hàng để gói hàng.`),
  }
}
