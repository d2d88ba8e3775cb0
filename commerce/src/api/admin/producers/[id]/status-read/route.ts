import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { operatorOf } from "@/api/admin/operator-of"
import { readHouseholdStatusWorkflow } from "@/workflows/producer/read-household-status"
import type { AdminReadHouseholdStatusType } from "../../validators"

/**
 * One household's poverty status, for an operator who says why (e.g. checking a support
 * application). A POST because every read is written to the status-read log first.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReadHouseholdStatusType>, res: MedusaResponse) {
  const operator = await operatorOf(req)
  const { result } = await readHouseholdStatusWorkflow(req.scope).run({
    input: { producer_id: req.params.id, user_id: operator.id, user_email: operator.email, reason: req.validatedBody.reason },
  })
  res.json(result)
}
