import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALE_MODULE } from "@/modules/sale"
import { paymentMethodOf } from "@/modules/sale/payment-method"
import type SaleModuleService from "@/modules/sale/service"
import type { ParcelLine } from "./household-new-order"
import { type Notice, planOrderNotices } from "./plan-order-notices"

type OrderRow = {
  id: string
  display_id: number
  total: number
  shipping_address: { phone: string | null } | null
  payment_collections?: Array<{ payments?: Array<{ provider_id: string; data: Record<string, unknown> | null }> }>
}

type ProducerRow = {
  id: string
  memberships?: Array<{ seller?: { phone: string; status: string } | null }>
}

/** Active seller accounts of each household: its owner and the helpers acting for it. */
async function sellerPhones(query: Pick<RemoteQueryFunction, "graph">, ids: string[]) {
  const phones = new Map<string, string[]>()
  if (ids.length === 0) return phones
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "memberships.seller.phone", "memberships.seller.status"],
    filters: { id: ids },
  })
  for (const producer of data as ProducerRow[]) {
    phones.set(
      producer.id,
      (producer.memberships ?? []).flatMap((m) => (m.seller && m.seller.status === "active" ? [m.seller.phone] : []))
    )
  }
  return phones
}

/** Reads an order, its household parcels and the households' phones; returns the messages to send. */
export async function loadOrderNotices(container: MedusaContainer, orderId: string): Promise<Notice[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "shipping_address.phone", "payment_collections.payments.provider_id", "payment_collections.payments.data"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) return []
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  const parcels = await sale.listHouseholdParcels({ order_id: order.id }, { order: { created_at: "ASC" } })
  const payment = (order.payment_collections ?? []).flatMap((c) => c.payments ?? [])[0]
  const method = parcels[0]?.payment_method ?? paymentMethodOf(payment?.provider_id)
  const reference = method === "vietqr" ? payment?.data?.reference : undefined
  return planOrderNotices(
    {
      id: order.id,
      display_id: order.display_id,
      total: Number(order.total),
      phone: order.shipping_address?.phone ?? null,
      payment_method: method,
      transfer_reference: typeof reference === "string" ? reference : null,
    },
    parcels.map((parcel) => ({
      producer_id: parcel.producer_id,
      items: parcel.items as unknown as ParcelLine[],
      payout_amount: Number(parcel.payout_amount),
    })),
    await sellerPhones(query, [...new Set(parcels.map((p) => p.producer_id))])
  )
}
