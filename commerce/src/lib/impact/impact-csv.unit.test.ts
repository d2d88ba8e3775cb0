import { describe, expect, it } from "vitest"
import { csvCell, impactCsv, UTF8_BOM } from "./impact-csv"

describe("csvCell", () => {
  it.each([
    ["Trùng Khánh", "Trùng Khánh"],
    [180000, "180000"],
    ["Hà, Quảng", '"Hà, Quảng"'],
    ['Nà "Rì"', '"Nà ""Rì"""'],
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+84", "'+84"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [-5, "-5"],
  ])("writes %j as %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})

describe("impactCsv", () => {
  const csv = impactCsv({
    total: { key: "total", label: "Tổng", suppressed: false, households: 5, income: 500_000, orders: 4 },
    by_area: [
      { key: "trung-khanh", label: "Trùng Khánh", suppressed: false, households: 3, income: 300_000, orders: 2 },
      { key: "bao-lac", label: "Bảo Lạc", suppressed: true },
    ],
    by_category: [{ key: "poor", label: "Hộ nghèo", suppressed: true }],
  })

  it("starts with a UTF-8 byte-order mark and a header row, and ends lines with CRLF", () => {
    expect(csv.startsWith(UTF8_BOM + "Bảng,Nhóm,Số hộ,Thu nhập (đồng),Số đơn\r\n")).toBe(true)
    expect(csv.endsWith("\r\n")).toBe(true)
  })

  it("writes shown rows with numbers and hidden rows with only 'Dưới 3 hộ'", () => {
    expect(csv.slice(1).split("\r\n").slice(1, -1)).toEqual([
      "Tổng,Tổng,5,500000,4",
      "Khu vực,Trùng Khánh,3,300000,2",
      "Khu vực,Bảo Lạc,Dưới 3 hộ,,",
      "Loại hộ,Hộ nghèo,Dưới 3 hộ,,",
    ])
  })
})
