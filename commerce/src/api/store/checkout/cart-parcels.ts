import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPERIENCE_KIND } from "@/lib/experience/kind"
import { quoteParcels } from "@/lib/shipping/quote-parcels"
import type { CheckoutCart } from "./cart-view"

export type ParcelView = {
  producer: { handle: string; name: string } | null
  items: Array<{ title: string; variant_title: string | null; quantity: number; total: number }>
  weight_grams: number
  zone: string
  shipping: number
}

/** The cart as the buyer will receive it: one parcel per household, each with its shipping. */
export async function cartParcels(
  scope: MedusaContainer,
  cart: CheckoutCart,
  provinceCode: string
): Promise<{ parcels: ParcelView[]; shipping_total: number }> {
  const quote = quoteParcels({
    provinceCode,
    items: cart.items.map((item) => ({
      producerId: item.metadata?.producer_id ?? null,
      productId: item.product_id,
      variantId: item.variant_id,
      grams: item.variant?.weight ?? null,
      quantity: Number(item.quantity),
      booking: item.metadata?.kind === EXPERIENCE_KIND,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title,
      total: Number(item.total),
    })),
  })
  const producerIds = quote.parcels.map((parcel) => parcel.producerId).filter((id): id is string => Boolean(id))
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = producerIds.length
    ? await query.graph({ entity: "producer", fields: ["id", "handle", "name"], filters: { id: producerIds } })
    : { data: [] }
  const names = new Map((data as Array<{ id: string; handle: string; name: string }>).map((p) => [p.id, p]))
  const parcels = quote.parcels.map((parcel) => {
    const producer = parcel.producerId ? names.get(parcel.producerId) : undefined
    return {
      producer: producer ? { handle: producer.handle, name: producer.name } : null,
      items: parcel.items.map((item) => ({ title: item.title, variant_title: item.variant_title, quantity: item.quantity, total: item.total })),
      weight_grams: parcel.weight_grams,
      zone: parcel.zone,
      shipping: parcel.shipping,
    }
  })
  return { parcels, shipping_total: quote.total }
}
