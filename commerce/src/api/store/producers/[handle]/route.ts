import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  PRODUCER_STORE_QUERY_FIELDS,
  type StoredProducer,
  toPublicProducer,
} from "@/modules/producer/public-producer"
import { StoreProducerHandle } from "../validators"

/** One verified household by its catalog handle, public fields only. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = StoreProducerHandle.safeParse(req.params.handle)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã người bán "${req.params.handle}" không hợp lệ`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: PRODUCER_STORE_QUERY_FIELDS,
    filters: { handle: parsed.data, verification_status: "verified" },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy người bán "${parsed.data}"`)
  }
  res.json({ producer: toPublicProducer(data[0] as StoredProducer) })
}
