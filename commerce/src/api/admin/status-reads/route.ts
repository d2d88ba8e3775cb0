import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"
import type { AdminStatusReadsType } from "./validators"

/** The log of every read of households' status, newest first: who, when, which, why. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminStatusReadsType>, res: MedusaResponse) {
  const { limit, offset, producer_id } = req.validatedQuery as AdminStatusReadsType
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [reads, count] = await producers.listAndCountStatusReads(producer_id ? { producer_id } : {}, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  res.json({ status_reads: reads, count, limit, offset })
}
