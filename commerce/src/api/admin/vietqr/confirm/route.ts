import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "@/api/conflict-answer"
import { confirmTransferWorkflow } from "@/workflows/sale/confirm-transfer"
import type { ConfirmTransferBody } from "../validators"

/**
 * The operator records that a transfer for an order arrived in the market's account. A
 * transfer that cannot count (already confirmed, or for an order cancelled as overdue) is a
 * 409 that says what to do; Medusa's error handler would replace that message with its own.
 */
export async function POST(req: AuthenticatedMedusaRequest<ConfirmTransferBody>, res: MedusaResponse) {
  try {
    const { result } = await confirmTransferWorkflow(req.scope).run({
      input: { ...req.validatedBody, operator_id: req.auth_context.actor_id },
    })
    res.json({ confirmed: result })
  } catch (error) {
    if (!answerConflict(error, res)) throw error
  }
}
