import { describe, expect, it } from "vitest"
import { suppressSmallGroups } from "./suppress-small-groups"
import type { Figures, GroupFigures, ReportTable } from "./types"

function group(key: string, households: number, income = households * 100_000): GroupFigures {
  return { key, label: key.toUpperCase(), households, income, orders: households }
}

function totalOf(groups: GroupFigures[]): Figures {
  return {
    households: groups.reduce((s, g) => s + g.households, 0),
    income: groups.reduce((s, g) => s + g.income, 0),
    orders: groups.reduce((s, g) => s + g.orders, 0),
  }
}

function hiddenKeys(table: ReportTable): string[] {
  return table.rows.filter((r) => r.suppressed).map((r) => r.key)
}

/** What must hold for every table, whatever its numbers. */
function expectSafe(groups: GroupFigures[], table: ReportTable) {
  for (const row of table.rows) {
    const source = groups.find((g) => g.key === row.key)!
    if (row.suppressed) {
      expect(Object.keys(row).sort()).toEqual(["key", "label", "suppressed"])
    } else {
      expect(source.households === 0 || source.households >= 3).toBe(true)
    }
  }
  if (!table.total.suppressed) {
    const hidden = groups.filter((g) => hiddenKeys(table).includes(g.key))
    if (hidden.length > 0) {
      // Total minus the shown rows gives only the sum of several hidden groups, of 3+ households.
      expect(hidden.length).toBeGreaterThanOrEqual(2)
      expect(hidden.reduce((s, g) => s + g.households, 0)).toBeGreaterThanOrEqual(3)
    }
  } else {
    expect(table.rows.every((r) => r.suppressed || groups.find((g) => g.key === r.key)!.households === 0)).toBe(true)
  }
}

describe("suppressSmallGroups", () => {
  it.each([
    ["every group has 3 or more households", [group("a", 3), group("b", 5)], []],
    ["one small group takes the smallest other with it", [group("a", 2), group("b", 3), group("c", 9)], ["a", "b"]],
    ["a single household is hidden with a complement", [group("a", 1), group("b", 4), group("c", 4, 50_000)], ["a", "c"]],
    ["two small groups that together hold 3 need no complement", [group("a", 1), group("b", 2), group("c", 7)], ["a", "b"]],
    ["two small groups of 2 households in all take a third", [group("a", 1), group("b", 1), group("c", 3), group("d", 8)], ["a", "b", "c"]],
    ["a group with no household is shown as zeros and never used as complement", [group("a", 2), group("z", 0), group("c", 6), group("d", 3)], ["a", "d"]],
    ["equal complements are chosen by income, then key", [group("a", 2), group("b", 3, 900), group("c", 3, 800)], ["a", "c"]],
  ])("%s", (_name, groups, expected) => {
    const table = suppressSmallGroups(groups, totalOf(groups))
    expect(hiddenKeys(table).sort()).toEqual(expected)
    expect(table.total.suppressed).toBe(false)
    expectSafe(groups, table)
  })

  it.each([
    ["fewer than 3 households in all", [group("a", 1), group("b", 1)]],
    ["one group of 2", [group("a", 2)]],
  ])("hides the total and every group when there are %s", (_name, groups) => {
    const table = suppressSmallGroups(groups, totalOf(groups))
    expect(table.total).toEqual({ key: "total", label: "Tổng", suppressed: true })
    expect(hiddenKeys(table).sort()).toEqual(groups.map((g) => g.key).sort())
  })

  it("shows the total's figures when it is large enough", () => {
    const groups = [group("a", 3), group("b", 4)]
    expect(suppressSmallGroups(groups, totalOf(groups)).total).toEqual({
      key: "total", label: "Tổng", suppressed: false, households: 7, income: 700_000, orders: 7,
    })
  })

  it("keeps every invariant on a thousand random tables", () => {
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let run = 0; run < 1000; run += 1) {
      const groups = Array.from({ length: 1 + random(6) }, (_, i) => group(`g${i}`, random(6), random(1_000_000)))
      expectSafe(groups, suppressSmallGroups(groups, totalOf(groups)))
    }
  })
})
