import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SALE_MODULE } from "@/modules/sale"
import { paymentMethodOf } from "@/modules/sale/payment-method"
import type SaleModuleService from "@/modules/sale/service"

/** One payment session as the reconciliation reads it. */
export type SessionRow = {
  id: string
  provider_id: string
  status: string
  amount: unknown
  updated_at: string | Date
  payment_collection_id: string
  payment?: { id: string; amount: unknown; captured_at?: string | Date | null; canceled_at?: string | Date | null } | null
}

/** A checkout that may need settling: a paid-looking cart without an order, or an order without parcels. */
export type Unsettled =
  | { kind: "cart"; cartId: string; session: SessionRow; touchedAt: Date }
  | { kind: "order"; orderId: string; displayId: number; cartId?: string; session?: SessionRow; touchedAt: Date; reserved: boolean }

const SESSION_FIELDS = [
  "id",
  "provider_id",
  "status",
  "amount",
  "updated_at",
  "payment_collection_id",
  "payment.id",
  "payment.amount",
  "payment.captured_at",
  "payment.canceled_at",
]

/**
 * (a) Carts whose payment session holds or may hold money (authorised in Medusa, or a card
 * intent Stripe may have charged) and that have no order; (b) orders of the look-back window
 * that were never split into parcels. Both within [now - lookback, now].
 */
export async function findUnsettled(container: MedusaContainer, now: Date, lookbackMs: number): Promise<Unsettled[]> {
  const since = new Date(now.getTime() - lookbackMs)
  return [...(await cartsWithoutOrder(container, since)), ...(await ordersWithoutParcels(container, since))]
}

async function cartsWithoutOrder(container: MedusaContainer, since: Date): Promise<Unsettled[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: SESSION_FIELDS,
    filters: { created_at: { $gte: since }, status: ["authorized", "captured", "pending", "requires_more"] },
  })
  // A pending cash or transfer session holds no money; only a card's may (a lost webhook).
  const sessions = (data as unknown as SessionRow[]).filter(
    (session) => session.status === "authorized" || session.status === "captured" || paymentMethodOf(session.provider_id) === "stripe",
  )
  if (!sessions.length) return []
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id", "payment_collection_id"],
    filters: { payment_collection_id: sessions.map((session) => session.payment_collection_id) },
  })
  const cartOf = new Map((links as { cart_id: string; payment_collection_id: string }[]).map((l) => [l.payment_collection_id, l.cart_id]))
  const cartIds = [...new Set(cartOf.values())]
  if (!cartIds.length) return []
  const { data: placed } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { cart_id: cartIds } })
  const withOrder = new Set((placed as { cart_id: string }[]).map((row) => row.cart_id))
  const found: Unsettled[] = []
  for (const session of sessions) {
    const cartId = cartOf.get(session.payment_collection_id)
    if (!cartId || withOrder.has(cartId)) continue
    found.push({ kind: "cart", cartId, session, touchedAt: new Date(session.updated_at) })
  }
  return found
}

type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  items?: { id: string; variant?: { manage_inventory?: boolean | null } | null }[]
  payment_collections?: { payment_sessions?: SessionRow[] }[]
}

async function ordersWithoutParcels(container: MedusaContainer, since: Date): Promise<Unsettled[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  const { data: recent } = await query.graph({
    entity: "order",
    fields: ["id"],
    // A cart's completion makes a pending order; drafts and later states are not ours to settle.
    filters: { created_at: { $gte: since }, status: "pending", is_draft_order: false },
  })
  const ids = (recent as { id: string }[]).map((row) => row.id)
  if (!ids.length) return []
  const parcels = await sale.listHouseholdParcels({ order_id: ids }, { select: ["order_id"] })
  const split = new Set(parcels.map((parcel) => parcel.order_id))
  const unsplit = ids.filter((id) => !split.has(id))
  if (!unsplit.length) return []
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "items.id",
      "items.variant.manage_inventory",
      ...SESSION_FIELDS.map((field) => `payment_collections.payment_sessions.${field}`),
    ],
    filters: { id: unsplit },
  })
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { order_id: unsplit } })
  const cartOf = new Map((links as { cart_id: string; order_id: string }[]).map((link) => [link.order_id, link.cart_id]))
  const reserved = await reservedLines(container, data as unknown as OrderRow[])
  return (data as unknown as OrderRow[]).map((order) => ({
    kind: "order" as const,
    orderId: order.id,
    displayId: order.display_id,
    cartId: cartOf.get(order.id),
    session: liveSession(order),
    touchedAt: new Date(order.created_at),
    reserved: (order.items ?? []).every((item) => item.variant?.manage_inventory === false || reserved.has(item.id)),
  }))
}

/** The session the order pays with: the authorised one if any, else the newest that is not cancelled. */
function liveSession(order: OrderRow): SessionRow | undefined {
  const sessions = (order.payment_collections ?? []).flatMap((collection) => collection.payment_sessions ?? [])
  const open = sessions.filter((session) => session.status !== "canceled")
  return open.find((session) => session.status === "authorized" || session.status === "captured") ?? open[open.length - 1]
}

async function reservedLines(container: MedusaContainer, orders: OrderRow[]): Promise<Set<string>> {
  const lineIds = orders.flatMap((order) => (order.items ?? []).map((item) => item.id))
  if (!lineIds.length) return new Set()
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems({ line_item_id: lineIds }, { select: ["line_item_id"] })
  return new Set(reservations.map((reservation) => reservation.line_item_id).filter((id): id is string => Boolean(id)))
}
