import { HOUSEHOLD_NEW_ORDER_TEMPLATE, householdNewOrder, type ParcelLine } from "./household-new-order"
import { ORDER_CONFIRMATION_TEMPLATE, orderConfirmation } from "./order-confirmation"

export type OrderForNotice = {
  id: string
  display_id: number
  total: number
  /** The shipping address phone; no confirmation is sent without one. */
  phone: string | null
  payment_method: string
  transfer_reference: string | null
}

export type ParcelForNotice = { producer_id: string; items: readonly ParcelLine[]; payout_amount: number }

/** What Medusa's notification module takes, narrowed to what we send. */
export type Notice = {
  to: string
  channel: "sms"
  template: string
  data: Record<string, unknown>
  idempotency_key: string
  resource_type: "order"
  resource_id: string
}

/**
 * Every message an order placed sends: one to the buyer, one per phone of each household's
 * seller accounts, each carrying only that household's parcel. Keys are stable per order and
 * recipient, so an event delivered twice sends nothing twice.
 */
export function planOrderNotices(
  order: OrderForNotice,
  parcels: readonly ParcelForNotice[],
  phonesOf: ReadonlyMap<string, readonly string[]>
): Notice[] {
  const common = { channel: "sms" as const, resource_type: "order" as const, resource_id: order.id }
  const notices: Notice[] = []
  if (order.phone) {
    notices.push({
      ...common,
      to: order.phone,
      template: ORDER_CONFIRMATION_TEMPLATE,
      idempotency_key: `${ORDER_CONFIRMATION_TEMPLATE}:${order.id}`,
      data: orderConfirmation({
        displayId: order.display_id,
        total: order.total,
        parcels: parcels.length,
        paymentMethod: order.payment_method,
        transferReference: order.transfer_reference,
      }),
    })
  }
  for (const parcel of parcels) {
    const data = householdNewOrder({
      displayId: order.display_id,
      paymentMethod: order.payment_method,
      items: parcel.items,
      amount: parcel.payout_amount,
    })
    for (const phone of new Set(phonesOf.get(parcel.producer_id) ?? [])) {
      notices.push({
        ...common,
        to: phone,
        template: HOUSEHOLD_NEW_ORDER_TEMPLATE,
        idempotency_key: `${HOUSEHOLD_NEW_ORDER_TEMPLATE}:${order.id}:${parcel.producer_id}:${phone}`,
        data: { ...data },
      })
    }
  }
  return notices
}
