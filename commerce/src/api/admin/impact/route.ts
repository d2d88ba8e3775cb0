import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildImpactReport } from "@/lib/impact/build-impact-report"
import { loadImpactData } from "@/lib/impact/load-impact-data"
import { recordImpactRead } from "./record-impact-read"
import type { AdminImpactQueryType } from "./validators"

/** Income that reached households in the period, per area and per household category. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminImpactQueryType>, res: MedusaResponse) {
  const period = req.validatedQuery as AdminImpactQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await recordImpactRead(req, period, "JSON")
  const { earnings, households } = await loadImpactData(query, period, { withStatus: true })
  res.json({
    period: { from: period.from ?? null, to: period.to ?? null },
    ...buildImpactReport(earnings, households),
  })
}
