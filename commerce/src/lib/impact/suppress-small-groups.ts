import { type Figures, type GroupFigures, MIN_HOUSEHOLDS, type ReportRow, type ReportTable } from "./types"

function shown(group: GroupFigures): ReportRow {
  return { ...group, suppressed: false }
}

function hidden(group: { key: string; label: string }): ReportRow {
  return { key: group.key, label: group.label, suppressed: true }
}

/** The group whose hiding costs the reader least: fewest households, then least income. */
function smallest(groups: readonly GroupFigures[]): GroupFigures | undefined {
  return [...groups].sort(
    (a, b) => a.households - b.households || a.income - b.income || a.key.localeCompare(b.key)
  )[0]
}

/**
 * Hides every group of one to two households. Then, while the total is shown, it also hides
 * the smallest other group until at least two groups are hidden and together hold three
 * households or more, so no hidden group can be worked out as the total minus the rest.
 * A group with no household has nothing to protect and is shown as zeros.
 */
export function suppressSmallGroups(groups: readonly GroupFigures[], total: Figures): ReportTable {
  const totalRow = { key: "total", label: "Tổng", ...total }
  if (total.households < MIN_HOUSEHOLDS) {
    return {
      total: hidden(totalRow),
      rows: groups.map((g) => (g.households === 0 ? shown(g) : hidden(g))),
    }
  }
  const hiddenKeys = new Set(
    groups.filter((g) => g.households > 0 && g.households < MIN_HOUSEHOLDS).map((g) => g.key)
  )
  const hiddenHouseholds = () =>
    groups.filter((g) => hiddenKeys.has(g.key)).reduce((sum, g) => sum + g.households, 0)
  while (hiddenKeys.size > 0 && (hiddenKeys.size < 2 || hiddenHouseholds() < MIN_HOUSEHOLDS)) {
    const next = smallest(groups.filter((g) => g.households > 0 && !hiddenKeys.has(g.key)))
    if (!next) {
      // Cannot happen while groups split the households between them; hide everything if it does.
      return { total: hidden(totalRow), rows: groups.map((g) => (g.households === 0 ? shown(g) : hidden(g))) }
    }
    hiddenKeys.add(next.key)
  }
  return {
    total: shown(totalRow),
    rows: groups.map((g) => (hiddenKeys.has(g.key) ? hidden(g) : shown(g))),
  }
}
