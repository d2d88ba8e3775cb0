import { MedusaError } from "@medusajs/framework/utils"
import { splitOrder } from "@/lib/payout/split-order"
import { quoteParcels } from "@/lib/shipping/quote-parcels"

export type OrderLineForSplit = {
  id: string
  product_id: string
  variant_id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  grams: number | null
  /** The booked date when the line is an experience (not shipped), else absent. */
  booking_date?: string | null
}

export type HouseholdRef = { id: string; handle: string; name: string }

export type OrderForSplit = {
  id: string
  display_id: number
  province_code: string
  payment_id: string | null
  payment_method: string
  paid: boolean
  items: OrderLineForSplit[]
}

export type ParcelLine = Pick<OrderLineForSplit, "product_id" | "variant_id" | "title" | "variant_title" | "quantity" | "unit_price" | "total"> & {
  line_item_id: string
  /** Present on bookings: the household sees its guests by date. */
  booking_date?: string
}

export type PlannedParcel = {
  order_id: string
  order_display_id: number
  producer_id: string
  producer_handle: string
  producer_name: string
  payment_method: string
  paid: boolean
  province_code: string
  zone: string
  weight_grams: number
  items: ParcelLine[]
  items_total: number
  shipping_total: number
  fee: number
  payout_amount: number
}

/**
 * One parcel per household in the order: its own lines, the shipping the buyer paid for its
 * parcel (the same quote as at checkout) and what it is owed. Every line must belong to a
 * household, or the order is refused rather than split wrongly.
 */
export function planHouseholdParcels(
  order: OrderForSplit,
  households: ReadonlyMap<string, HouseholdRef>,
  feeBps: number
): PlannedParcel[] {
  const items = order.items.map((line) => {
    const household = households.get(line.product_id)
    if (!household) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sản phẩm "${line.title}" chưa thuộc hộ bán hàng nào (${line.product_id}).`)
    }
    return { ...line, producerId: household.id, productId: line.product_id, variantId: line.variant_id, booking: Boolean(line.booking_date) }
  })
  const quote = quoteParcels({ provinceCode: order.province_code, items })
  const payouts = splitOrder(
    quote.parcels.map((parcel) => ({
      producerId: parcel.producerId as string,
      itemsTotal: parcel.items.reduce((sum, line) => sum + line.total, 0),
      shipping: parcel.shipping,
    })),
    feeBps
  )
  return quote.parcels.map((parcel) => {
    const producerId = parcel.producerId as string
    const household = households.get(parcel.items[0].product_id) as HouseholdRef
    const payout = payouts.find((entry) => entry.producerId === producerId)!
    return {
      order_id: order.id,
      order_display_id: order.display_id,
      producer_id: producerId,
      producer_handle: household.handle,
      producer_name: household.name,
      payment_method: order.payment_method,
      paid: order.paid,
      province_code: order.province_code,
      zone: parcel.zone,
      weight_grams: parcel.weight_grams,
      items: parcel.items.map((line) => ({
        line_item_id: line.id,
        product_id: line.product_id,
        variant_id: line.variant_id,
        title: line.title,
        variant_title: line.variant_title,
        quantity: line.quantity,
        unit_price: line.unit_price,
        total: line.total,
        ...(line.booking_date ? { booking_date: line.booking_date } : {}),
      })),
      items_total: payout.items_total,
      shipping_total: payout.shipping_total,
      fee: payout.fee,
      payout_amount: payout.payout_amount,
    }
  })
}
