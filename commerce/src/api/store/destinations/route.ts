import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DESTINATION_STORE_FIELDS } from "@/modules/destination/public-destination"
import type { StoreListDestinationsType } from "./validators"

/** Published destination pages, newest first; drafts stay with the tourism staff. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, area } = req.validatedQuery as StoreListDestinationsType
  const { data, metadata } = await query.graph({
    entity: "destination",
    fields: DESTINATION_STORE_FIELDS,
    filters: { status: "published", ...(area ? { area } : {}) },
    pagination: { skip: offset, take: limit, order: { published_at: "DESC", slug: "ASC" } },
  })
  res.json({ destinations: data, count: metadata?.count ?? data.length, offset, limit })
}
