import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildImpactReport } from "@/lib/impact/build-impact-report"
import { impactCsv } from "@/lib/impact/impact-csv"
import { loadImpactData } from "@/lib/impact/load-impact-data"
import { recordImpactRead } from "../record-impact-read"
import type { AdminImpactQueryType } from "../validators"

/** The same report as a spreadsheet file; the name carries the period. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminImpactQueryType>, res: MedusaResponse) {
  const period = req.validatedQuery as AdminImpactQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await recordImpactRead(req, period, "CSV")
  const { earnings, households } = await loadImpactData(query, period, { withStatus: true })
  const name = `bao-cao-tac-dong_${period.from ?? "dau"}_${period.to ?? "nay"}.csv`
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${name}"`)
  res.setHeader("cache-control", "no-store")
  res.send(impactCsv(buildImpactReport(earnings, households)))
}
