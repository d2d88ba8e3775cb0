import { describe, expect, it } from "vitest"
import { buildPublicImpact } from "./build-public-impact"
import type { Household } from "./types"

const households = new Map<string, Household>(
  ["h1", "h2", "h3", "h4"].map((id, i) => [
    id,
    { id, area: i < 3 ? "trung-khanh" : "bao-lac", area_name: i < 3 ? "Trùng Khánh" : "Bảo Lạc", household_status: "near_poor" },
  ])
)
const earnings = ["h1", "h2", "h3", "h4"].map((id, i) => ({ producer_id: id, amount: 100_000, order_display_id: i }))

describe("buildPublicImpact", () => {
  const impact = buildPublicImpact(earnings, households)

  it("names no household status anywhere, even when one is passed in", () => {
    const text = JSON.stringify(impact)
    for (const word of ["household_status", "poor", "near_poor", "recently_escaped", "nghèo", "category"]) {
      expect(text).not.toContain(word)
    }
  })

  it("gives totals and areas, with the one-household area and its complement hidden", () => {
    expect(impact.total).toMatchObject({ suppressed: false, households: 4, income: 400_000, orders: 4 })
    expect(impact.by_area.map((r) => [r.key, r.suppressed])).toEqual([["bao-lac", true], ["trung-khanh", true]])
  })
})
