import { MedusaError } from "@medusajs/framework/utils"
import { shippingZone, type ShippingZone } from "../vn/provinces"
import { parcelRate } from "./rates"

/**
 * A variant without a weight (or weighing 0) counts as 500 g a unit: most of the catalogue
 * (tea, honey, dried meat, a scarf) sits near that, and guessing low would make the market
 * pay the carrier's difference on every such parcel.
 */
export const DEFAULT_UNIT_GRAMS = 500

export const NO_PROVINCE_MESSAGE = "Chọn tỉnh/thành để tính phí giao hàng."

export type QuoteItem = {
  producerId?: string | null
  productId: string
  variantId: string
  grams?: number | null
  quantity: number
  /** A booking (a night, a session) is not shipped: it weighs nothing and costs no delivery. */
  booking?: boolean
}

export type QuotedParcel<Item extends QuoteItem = QuoteItem> = {
  /** producerId, or `product:<id>` when the line has no household. */
  key: string
  producerId: string | null
  items: Item[]
  weight_grams: number
  zone: ShippingZone
  shipping: number
}

export type Quote<Item extends QuoteItem = QuoteItem> = {
  zone: ShippingZone
  parcels: QuotedParcel<Item>[]
  total: number
}

/**
 * One parcel per household, each priced by the zone of the province and its weight. Lines
 * without a household go alone per product: more parcels than reality costs the buyer a
 * little, fewer would make a household ship at the market's loss.
 */
export function quoteParcels<Item extends QuoteItem>(input: { provinceCode: string; items: Item[] }): Quote<Item> {
  const zone = shippingZone(input.provinceCode)
  if (!zone) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, NO_PROVINCE_MESSAGE)
  }
  const groups = new Map<string, { producerId: string | null; items: Item[]; grams: number; goods: boolean }>()
  for (const item of input.items) {
    const key = item.producerId ? item.producerId : `product:${item.productId}`
    const group = groups.get(key) ?? { producerId: item.producerId || null, items: [], grams: 0, goods: false }
    group.items.push(item)
    group.grams += lineGrams(item)
    group.goods ||= !item.booking
    groups.set(key, group)
  }
  const parcels = [...groups].map(([key, group]) => ({
    key,
    producerId: group.producerId,
    items: group.items,
    weight_grams: group.grams,
    zone,
    // A household's part holding only bookings travels with no carrier.
    shipping: group.goods ? parcelRate(zone, group.grams) : 0,
  }))
  return { zone, parcels, total: parcels.reduce((sum, parcel) => sum + parcel.shipping, 0) }
}

function lineGrams(item: QuoteItem): number {
  if (!Number.isInteger(item.quantity) || item.quantity < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Số lượng không hợp lệ cho ${item.variantId}: ${item.quantity}`)
  }
  if (item.booking) return 0
  const unit = item.grams && item.grams > 0 ? Math.ceil(item.grams) : DEFAULT_UNIT_GRAMS
  return unit * item.quantity
}
