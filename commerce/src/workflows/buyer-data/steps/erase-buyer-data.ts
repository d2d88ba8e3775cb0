import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "knex"
import { ERASED_NAME } from "@/lib/buyer-data/erasable"

export type EraseBuyerDataInput = { order_ids: string[]; phone: string }

export const eraseBuyerDataStepId = "erase-buyer-data"

const ADDRESS_BLANK = {
  first_name: ERASED_NAME,
  last_name: "",
  phone: null,
  address_1: null,
  address_2: null,
  city: null,
  postal_code: null,
  company: null,
  metadata: null,
}

/**
 * Blanks the buyer's name, phone, address and e-mail on the orders, on the carts they came
 * from, and on the messages sent to that phone, in one database transaction: across four
 * modules' tables, a half-done erasure is worse than none, and a transaction gives exactly
 * all-or-nothing. Goods, amounts and dates stay (accounting law keeps sales records).
 * Nothing to compensate: it is the workflow's only write and the last step.
 */
export const eraseBuyerDataStep = createStep(eraseBuyerDataStepId, async (input: EraseBuyerDataInput, { container }) => {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const counts = await db.transaction(async (trx) => {
    const orders: { id: string; shipping_address_id: string | null; billing_address_id: string | null }[] = await trx("order")
      .whereIn("id", input.order_ids)
      .select("id", "shipping_address_id", "billing_address_id")
    const orderAddressIds = orders.flatMap((o) => [o.shipping_address_id, o.billing_address_id]).filter((id): id is string => Boolean(id))
    await trx("order_address").whereIn("id", orderAddressIds).update(ADDRESS_BLANK)
    await trx("order").whereIn("id", input.order_ids).update({ email: null })
    const carts: { cart_id: string }[] = await trx("order_cart").whereIn("order_id", input.order_ids).select("cart_id")
    const cartIds = carts.map((c) => c.cart_id)
    const cartRows: { shipping_address_id: string | null; billing_address_id: string | null }[] = await trx("cart")
      .whereIn("id", cartIds)
      .select("shipping_address_id", "billing_address_id")
    const cartAddressIds = cartRows.flatMap((c) => [c.shipping_address_id, c.billing_address_id]).filter((id): id is string => Boolean(id))
    await trx("cart_address").whereIn("id", cartAddressIds).update(ADDRESS_BLANK)
    await trx("cart").whereIn("id", cartIds).update({ email: null })
    const messages = await trx("notification").where("to", input.phone).update({ to: ERASED_NAME, data: null })
    return { orders: orders.length, carts: cartIds.length, messages }
  })
  return new StepResponse(counts)
})
