import { describe, expect, it } from "vitest"
import { buildImpactReport } from "./build-impact-report"
import type { Earning, Household, ReportRow } from "./types"

const households = new Map<string, Household>(
  [
    ["h1", "trung-khanh", "Trùng Khánh", "poor"],
    ["h2", "trung-khanh", "Trùng Khánh", "near_poor"],
    ["h3", "trung-khanh", "Trùng Khánh", "none"],
    ["h4", "bao-lac", "Bảo Lạc", "poor"],
    ["h5", "bao-lac", "Bảo Lạc", "poor"],
    ["h6", "hoa-an", "Hòa An", "recently_escaped"],
    ["h7", "hoa-an", "Hòa An", null],
    ["h8", "hoa-an", "Hòa An", "poor"],
  ].map(([id, area, area_name, household_status]) => [id!, { id: id!, area: area!, area_name: area_name!, household_status }])
)

function earn(producer_id: string, amount: number, order: number | null): Earning {
  return { producer_id, amount, order_display_id: order }
}

const earnings = [
  earn("h1", 100_000, 1), earn("h2", 200_000, 1), earn("h3", 300_000, 2), earn("h1", 50_000, 3),
  earn("h4", 70_000, 4), earn("h5", 80_000, 5),
  earn("h6", 10_000, 6), earn("h7", 20_000, 6), earn("h8", 30_000, null),
]

function figures(rows: ReportRow[]) {
  return rows.map((r) => (r.suppressed ? [r.key, "hidden"] : [r.key, r.households, r.income, r.orders]))
}

describe("buildImpactReport", () => {
  const report = buildImpactReport(earnings, households)

  it("counts distinct households and orders in the total, an order shared by two households once", () => {
    expect(report.total).toEqual({ key: "total", label: "Tổng", suppressed: false, households: 8, income: 860_000, orders: 6 })
  })

  it("sums income per area and hides Bảo Lạc (2 households) with the next smallest area", () => {
    expect(figures(report.by_area)).toEqual([["bao-lac", "hidden"], ["hoa-an", "hidden"], ["trung-khanh", 3, 650_000, 3]])
  })

  it("groups by category in a fixed order, counting none and a missing status as other", () => {
    // poor 4 households (h1,h4,h5,h8) shown; near_poor 1 and recently_escaped 1 hidden with other (2) as complement.
    expect(figures(report.by_category)).toEqual([
      ["poor", 4, 330_000, 4],
      ["near_poor", "hidden"],
      ["recently_escaped", "hidden"],
      ["other", "hidden"],
    ])
  })

  it("shows every category even with nothing earned, as zeros", () => {
    const only = buildImpactReport([earn("h1", 1, 1), earn("h4", 1, 2), earn("h5", 1, 3)], households)
    expect(figures(only.by_category)).toEqual([["poor", 3, 3, 3], ["near_poor", 0, 0, 0], ["recently_escaped", 0, 0, 0], ["other", 0, 0, 0]])
  })

  it("puts an earning of a household it cannot find under an unknown area and other", () => {
    const lost = buildImpactReport([earn("gone1", 5, 1), earn("gone2", 5, 2), earn("gone3", 5, 3)], households)
    expect(figures(lost.by_area)).toEqual([["unknown", 3, 15, 3]])
    expect(figures(lost.by_category)[3]).toEqual(["other", 3, 15, 3])
  })

  it("hides everything when fewer than 3 households earned", () => {
    const small = buildImpactReport([earn("h1", 5, 1), earn("h2", 5, 1)], households)
    expect(small.total.suppressed).toBe(true)
    expect(small.by_area.every((r) => r.suppressed)).toBe(true)
    expect(figures(small.by_category)).toEqual([["poor", "hidden"], ["near_poor", "hidden"], ["recently_escaped", 0, 0, 0], ["other", 0, 0, 0]])
  })

  it("reports nothing earned as zeros, with the total hidden", () => {
    const empty = buildImpactReport([], households)
    expect(empty.total.suppressed).toBe(true)
    expect(empty.by_area).toEqual([])
  })

  it("keeps shown parts within the total (income never invented)", () => {
    const shown = report.by_area.filter((r) => !r.suppressed).reduce((s, r) => s + (r.suppressed ? 0 : r.income), 0)
    expect(shown).toBeLessThanOrEqual(report.total.suppressed ? 0 : report.total.income)
  })
})
