import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "@/modules/producer"
import { describeSellerAction } from "@/modules/producer/describe-seller-action"
import type ProducerModuleService from "@/modules/producer/service"
import type { AdminProducerAuditLogType } from "../../validators"

/** Who did what for this household through the seller API, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminProducerAuditLogType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminProducerAuditLogType
  const service: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  await service.retrieveProducer(req.params.id)
  const [actions, count] = await service.listAndCountSellerActions(
    { producer_id: req.params.id },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({
    actions: actions.map((a) => ({
      id: a.id,
      created_at: a.created_at,
      action: a.action,
      entity_type: a.entity_type,
      entity_id: a.entity_id,
      entity_title: a.entity_title,
      actor: { id: a.seller_id, name: a.seller_name, phone: a.seller_phone, role: a.role },
      household: { id: a.producer_id, handle: a.producer_handle, name: a.producer_name },
      summary: describeSellerAction(a),
    })),
    count,
    offset,
    limit,
  })
}
