import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildPublicImpact } from "@/lib/impact/build-public-impact"
import { loadImpactData } from "@/lib/impact/load-impact-data"

/**
 * Public figures since the market opened: income that reached households, how many sold,
 * orders, per area. Nothing about any household's status is read or returned.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { earnings, households } = await loadImpactData(query, {}, { withStatus: false })
  res.json({ impact: buildPublicImpact(earnings, households) })
}
