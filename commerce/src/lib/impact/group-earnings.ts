import type { Earning, Figures, GroupFigures, Household } from "./types"

export type GroupOf = (household: Household | undefined) => { key: string; label: string }

type Tally = { label: string; households: Set<string>; income: number; orders: Set<number> }

function tally(earnings: readonly Earning[], label: string): Tally {
  const t: Tally = { label, households: new Set(), income: 0, orders: new Set() }
  for (const earning of earnings) {
    t.households.add(earning.producer_id)
    t.income += earning.amount
    if (earning.order_display_id !== null) t.orders.add(earning.order_display_id)
  }
  return t
}

function figures(t: Tally): Figures {
  return { households: t.households.size, income: t.income, orders: t.orders.size }
}

/** Households, income and orders over all earnings: an order shared by two households counts once. */
export function totalFigures(earnings: readonly Earning[]): Figures {
  return figures(tally(earnings, ""))
}

/**
 * Sums earnings per group (an area, a category). `always` lists groups shown even when
 * nothing was earned in them, with zeros. Rows come sorted by label for a stable table.
 */
export function groupEarnings(
  earnings: readonly Earning[],
  households: ReadonlyMap<string, Household>,
  groupOf: GroupOf,
  always: readonly { key: string; label: string }[] = []
): GroupFigures[] {
  const byKey = new Map<string, { label: string; earnings: Earning[] }>()
  for (const group of always) byKey.set(group.key, { label: group.label, earnings: [] })
  for (const earning of earnings) {
    const group = groupOf(households.get(earning.producer_id))
    const entry = byKey.get(group.key) ?? { label: group.label, earnings: [] }
    entry.earnings.push(earning)
    byKey.set(group.key, entry)
  }
  return [...byKey.entries()]
    .map(([key, entry]) => ({ key, label: entry.label, ...figures(tally(entry.earnings, entry.label)) }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi") || a.key.localeCompare(b.key))
}
