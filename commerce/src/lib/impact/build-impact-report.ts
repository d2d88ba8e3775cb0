import { CATEGORY_LABELS, categoryOf, HOUSEHOLD_CATEGORIES } from "./categories"
import { groupEarnings, totalFigures } from "./group-earnings"
import { suppressSmallGroups } from "./suppress-small-groups"
import type { Earning, Household, ReportRow } from "./types"

export type ImpactReport = { total: ReportRow; by_area: ReportRow[]; by_category: ReportRow[] }

export const UNKNOWN_AREA = { key: "unknown", label: "Không rõ khu vực" }

export function areaOf(household: Household | undefined) {
  return household ? { key: household.area, label: household.area_name } : UNKNOWN_AREA
}

/** The operator's report: income per area and per household category, small groups hidden. */
export function buildImpactReport(earnings: readonly Earning[], households: ReadonlyMap<string, Household>): ImpactReport {
  const total = totalFigures(earnings)
  const areas = groupEarnings(earnings, households, areaOf)
  const categories = groupEarnings(
    earnings,
    households,
    (household) => {
      const key = categoryOf(household?.household_status)
      return { key, label: CATEGORY_LABELS[key] }
    },
    HOUSEHOLD_CATEGORIES.map((key) => ({ key, label: CATEGORY_LABELS[key] }))
  )
  // Categories keep their fixed order (poor first), not the alphabetical one.
  const rank = new Map<string, number>(HOUSEHOLD_CATEGORIES.map((key, i) => [key, i]))
  categories.sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0))
  const byArea = suppressSmallGroups(areas, total)
  return {
    total: byArea.total,
    by_area: byArea.rows,
    by_category: suppressSmallGroups(categories, total).rows,
  }
}
