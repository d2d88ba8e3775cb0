import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { operatorOf } from "@/api/admin/operator-of"
import { recordImpactStatusReadWorkflow } from "@/workflows/producer/record-impact-status-read"
import type { AdminImpactQueryType } from "./validators"

/** Logs that this operator read households' status through the report, for which period. */
export async function recordImpactRead(req: AuthenticatedMedusaRequest, period: AdminImpactQueryType, format: string): Promise<void> {
  const operator = await operatorOf(req)
  await recordImpactStatusReadWorkflow(req.scope).run({
    input: {
      user_id: operator.id,
      user_email: operator.email,
      reason: `Báo cáo tác động (${format}) từ ${period.from ?? "đầu"} đến ${period.to ?? "nay"}`,
    },
  })
}
