import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyProducerWorkflow } from "@/workflows/producer/verify-producer"

/** An operator verifies a household: it becomes public, and so do the listings it asked to publish. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await verifyProducerWorkflow(req.scope).run({ input: { producer_id: req.params.id } })
  res.json({
    producer: { id: result.producer.id, handle: result.producer.handle, verification_status: result.producer.verification_status },
    published_product_ids: result.published_product_ids,
  })
}
