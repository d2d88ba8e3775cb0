import { describe, expect, it } from "vitest"
import { parseDong, vnd } from "./money-format"

describe("parseDong", () => {
  it.each([
    ["180000", 180_000],
    ["180.000", 180_000],
    ["180,000", 180_000],
    ["180 000", 180_000],
    [" 1.250.000 ₫ ", 1_250_000],
    ["180.000đ", 180_000],
    ["180000 VND", 180_000],
    ["5", 5],
  ])("reads %j as %d đồng", (text, amount) => {
    expect(parseDong(text)).toBe(amount)
  })

  it.each([[""], ["abc"], ["0"], ["-180000"], ["180.5"], ["18.00"], ["180.000,50"], ["1.80.000"], ["12ab"]])(
    "refuses %j",
    (text) => {
      expect(parseDong(text)).toBeNull()
    }
  )
})

describe("vnd", () => {
  it("writes dots between thousands and the đồng sign", () => {
    expect(vnd(180_000).replace(/\u00a0/g, " ")).toBe("180.000 ₫")
  })
})
