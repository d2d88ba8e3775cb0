import { groupEarnings, totalFigures } from "./group-earnings"
import { areaOf } from "./build-impact-report"
import { suppressSmallGroups } from "./suppress-small-groups"
import type { Earning, Household, ReportRow } from "./types"

export type PublicImpact = { total: ReportRow; by_area: ReportRow[] }

/**
 * What anyone may read: totals and areas, never a household category. Households are
 * stripped to id and area before grouping, so a status passed in by mistake cannot leak.
 */
export function buildPublicImpact(earnings: readonly Earning[], households: ReadonlyMap<string, Household>): PublicImpact {
  const places = new Map(
    [...households].map(([id, h]) => [id, { id: h.id, area: h.area, area_name: h.area_name }])
  )
  const table = suppressSmallGroups(groupEarnings(earnings, places, areaOf), totalFigures(earnings))
  return { total: table.total, by_area: table.rows }
}
