import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_ME_FIELDS, type StoredSellerAccount, toSellerMe } from "./query-config"

/** The signed-in account and the households it may act for (owner or helper). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller_account",
    fields: SELLER_ME_FIELDS,
    filters: { id: req.auth_context.actor_id },
  })
  res.json({ seller: toSellerMe(data[0] as StoredSellerAccount) })
}
