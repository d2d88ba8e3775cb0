import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  PRODUCER_STORE_QUERY_FIELDS,
  type StoredProducer,
  toPublicProducer,
} from "@/modules/producer/public-producer"
import type { StoreListProducersType } from "./validators"

/** Verified households, public fields only. */
export async function GET(req: MedusaRequest<unknown, StoreListProducersType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, area } = req.validatedQuery as StoreListProducersType
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: PRODUCER_STORE_QUERY_FIELDS,
    filters: { verification_status: "verified", ...(area ? { area } : {}) },
    pagination: { skip: offset, take: limit, order: { handle: "ASC" } },
  })
  res.json({
    producers: (data as StoredProducer[]).map(toPublicProducer),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
