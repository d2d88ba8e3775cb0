import { withDb } from "../../support/seller-api"

/** What the database says about one cart after the faults: its orders, payments and parcels. */
export type CartOutcome = {
  cartId: string
  orders: { id: string; status: string; parcels: number }[]
  payments: { id: string; provider_id: string; amount: number; captured: number; refunded: number; canceled: boolean }[]
}

export async function outcomesOf(cartIds: string[]): Promise<CartOutcome[]> {
  return withDb(async (db) => {
    const orders = await db.query<{ cart_id: string; id: string; status: string; parcels: string }>(
      `select oc.cart_id, o.id, o.status,
              (select count(*) from household_parcel hp where hp.order_id = o.id and hp.deleted_at is null) as parcels
         from order_cart oc join "order" o on o.id = oc.order_id and o.deleted_at is null
        where oc.cart_id = any($1) and oc.deleted_at is null`,
      [cartIds],
    )
    const payments = await db.query<{ cart_id: string; id: string; provider_id: string; amount: string; captured: string; refunded: string; canceled_at: Date | null }>(
      `select cpc.cart_id, p.id, p.provider_id, p.amount, p.canceled_at,
              (select coalesce(sum(c.amount), 0) from capture c where c.payment_id = p.id and c.deleted_at is null) as captured,
              (select coalesce(sum(r.amount), 0) from refund r where r.payment_id = p.id and r.deleted_at is null) as refunded
         from cart_payment_collection cpc
         join payment p on p.payment_collection_id = cpc.payment_collection_id and p.deleted_at is null
        where cpc.cart_id = any($1) and cpc.deleted_at is null`,
      [cartIds],
    )
    return cartIds.map((cartId) => ({
      cartId,
      orders: orders.rows.filter((row) => row.cart_id === cartId).map((row) => ({ id: row.id, status: row.status, parcels: Number(row.parcels) })),
      payments: payments.rows
        .filter((row) => row.cart_id === cartId)
        .map((row) => ({
          id: row.id,
          provider_id: row.provider_id,
          amount: Number(row.amount),
          captured: Number(row.captured),
          refunded: Number(row.refunded),
          canceled: row.canceled_at !== null,
        })),
    }))
  })
}

/**
 * Why a cart's state is not acceptable after the faults, or undefined when it is: exactly one
 * order, split into parcels, with one live payment (a card's captured in full, cash's held
 * uncaptured until delivery); or no live order and no money kept.
 */
export function inconsistency(outcome: CartOutcome, method: "cod" | "stripe"): string | undefined {
  const live = outcome.orders.filter((order) => order.status !== "canceled")
  const kept = outcome.payments.filter((payment) => payment.captured - payment.refunded > 0)
  if (outcome.orders.length > 1) return `${outcome.orders.length} orders`
  if (!live.length) return kept.length ? `no order but ${kept[0].captured - kept[0].refunded} ₫ kept` : undefined
  if (live[0].parcels === 0) return "an order without parcels"
  const active = outcome.payments.filter((payment) => !payment.canceled)
  if (active.length !== 1) return `an order with ${active.length} live payments`
  if (method === "stripe" && active[0].captured !== active[0].amount) return `a card order captured ${active[0].captured} of ${active[0].amount} ₫`
  if (method === "cod" && active[0].captured !== 0) return "a cash order captured before delivery"
  return undefined
}

/** The item's reserved quantity, the reservations behind it, and what live orders of the variant hold. */
export async function stockBalance(itemId: string, variantId: string) {
  return withDb(async (db) => {
    const level = await db.query<{ stocked: string; reserved: string }>(
      `select coalesce(sum(stocked_quantity), 0) as stocked, coalesce(sum(reserved_quantity), 0) as reserved
         from inventory_level where inventory_item_id = $1 and deleted_at is null`,
      [itemId],
    )
    const held = await db.query<{ quantity: string }>(
      "select coalesce(sum(quantity), 0) as quantity from reservation_item where inventory_item_id = $1 and deleted_at is null",
      [itemId],
    )
    const ordered = await db.query<{ quantity: string }>(
      `select coalesce(sum(oi.quantity), 0) as quantity
         from "order" o
         join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
        where li.variant_id = $1 and o.deleted_at is null and o.status <> 'canceled'`,
      [variantId],
    )
    return {
      stocked: Number(level.rows[0].stocked),
      reserved: Number(level.rows[0].reserved),
      reservations: Number(held.rows[0].quantity),
      ordered: Number(ordered.rows[0].quantity),
    }
  })
}
