import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"

/** Ids of every order sent to this phone (as the checkout stored it, normalised). */
export async function findBuyerOrderIds(scope: MedusaContainer, phone: string): Promise<string[]> {
  const db: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await db("order as o")
    .join("order_address as a", "a.id", "o.shipping_address_id")
    .where("a.phone", phone)
    .whereNull("o.deleted_at")
    .select("o.id")
  return rows.map((row) => row.id)
}
