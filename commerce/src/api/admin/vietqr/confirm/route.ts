import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmTransferWorkflow } from "@/workflows/sale/confirm-transfer"
import type { ConfirmTransferBody } from "../validators"

/** The operator records that a transfer for an order arrived in the market's account. */
export async function POST(req: AuthenticatedMedusaRequest<ConfirmTransferBody>, res: MedusaResponse) {
  const { result } = await confirmTransferWorkflow(req.scope).run({
    input: { ...req.validatedBody, operator_id: req.auth_context.actor_id },
  })
  res.json({ confirmed: result })
}
