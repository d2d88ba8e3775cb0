/** The operator's four household categories; `none` or an unknown status counts as "other". */
export const HOUSEHOLD_CATEGORIES = ["poor", "near_poor", "recently_escaped", "other"] as const
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number]

export const CATEGORY_LABELS: Record<HouseholdCategory, string> = {
  poor: "Hộ nghèo",
  near_poor: "Hộ cận nghèo",
  recently_escaped: "Hộ mới thoát nghèo",
  other: "Hộ khác",
}

export function categoryOf(status: string | null | undefined): HouseholdCategory {
  return status === "poor" || status === "near_poor" || status === "recently_escaped" ? status : "other"
}
