import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toDong } from "@/modules/sale/to-dong"
import type { MedusaContainer } from "@medusajs/framework/types"
import { bookingDateOf, EXPERIENCE_KIND } from "@/lib/experience/kind"
import { paymentMethodOf } from "@/modules/sale/payment-method"
import type { HouseholdRef, OrderForSplit } from "../plan-household-parcels"

type OrderRow = {
  id: string
  display_id: number
  shipping_address?: { province?: string | null } | null
  items: Array<{
    id: string
    product_id: string
    variant_id: string
    title: string
    variant_title: string | null
    quantity: unknown
    detail?: { quantity: unknown } | null
    unit_price: unknown
    metadata?: Record<string, unknown> | null
  }>
  payment_collections?: Array<{ payments?: Array<{ id: string; provider_id: string; captured_at?: string | Date | null }> }>
}

/** The order's lines, destination and payment, and the household of each product in it. */
export async function loadOrderForSplit(
  container: MedusaContainer,
  orderId: string
): Promise<{ order: OrderForSplit; households: Map<string, HouseholdRef> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "shipping_address.province",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.title",
      "items.variant_title",
      "items.quantity",
      // An order line's quantity lives on its detail row; without asking for it, query leaves it out.
      "items.detail.quantity",
      "items.unit_price",
      "items.metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
    ],
    filters: { id: orderId },
  })
  const row = data[0] as unknown as OrderRow | undefined
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  const productIds = [...new Set(row.items.map((item) => item.product_id))]
  const variantIds = [...new Set(row.items.map((item) => item.variant_id))]
  const [{ data: products }, { data: variants }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "producer.id", "producer.handle", "producer.name"], filters: { id: productIds } }),
    query.graph({ entity: "product_variant", fields: ["id", "weight"], filters: { id: variantIds } }),
  ])
  const households = new Map<string, HouseholdRef>()
  for (const product of products as Array<{ id: string; producer?: HouseholdRef | null }>) {
    if (product.producer) households.set(product.id, product.producer)
  }
  const grams = new Map((variants as Array<{ id: string; weight: number | null }>).map((v) => [v.id, v.weight]))
  const payments = (row.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  return {
    households,
    order: {
      id: row.id,
      display_id: row.display_id,
      province_code: row.shipping_address?.province ?? "",
      payment_id: payments[0]?.id ?? null,
      payment_method: paymentMethodOf(payments[0]?.provider_id),
      paid: payments.length > 0 && payments.every((payment) => Boolean(payment.captured_at)),
      items: row.items.map((item) => ({
        id: item.id,
        product_id: item.product_id,
        variant_id: item.variant_id,
        title: item.title,
        variant_title: item.variant_title,
        quantity: toDong(item.quantity ?? item.detail?.quantity),
        unit_price: toDong(item.unit_price),
        // Query does not compute line totals; no promotions run here, so a line is price × quantity.
        total: toDong(item.unit_price) * toDong(item.quantity ?? item.detail?.quantity),
        grams: grams.get(item.variant_id) ?? null,
        // Stamped on the cart line by the server (cart-access.ts), copied to the order line.
        booking_date: item.metadata?.kind === EXPERIENCE_KIND ? bookingDateOf(item.metadata) : null,
      })),
    },
  }
}
