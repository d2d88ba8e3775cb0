import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * An order as the buyer's summary, the order lookup, the operator's transfer list and the
 * transfer confirmation read it: number, state, totals, delivery address and payment.
 */
export type OrderRow = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  total: unknown
  item_total: unknown
  shipping_total: unknown
  shipping_address: { first_name: string | null; phone: string | null; province: string | null; city: string | null; address_1: string | null } | null
  payment_collections?: Array<{
    payments?: Array<{ provider_id: string; data: Record<string, unknown> | null; captured_at: string | null; canceled_at: string | null }>
  }>
}

export const ORDER_ROW_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "total",
  "item_total",
  "shipping_total",
  "shipping_address.first_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

export async function fetchOrderRow(scope: MedusaContainer, filters: Record<string, unknown>): Promise<OrderRow | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_ROW_FIELDS, filters })
  return data[0] as unknown as OrderRow | undefined
}
