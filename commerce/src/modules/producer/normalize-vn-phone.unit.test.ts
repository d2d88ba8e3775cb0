import { describe, expect, it } from "vitest"
import { normalizeVnPhone } from "./normalize-vn-phone"

describe("normalizeVnPhone", () => {
  it.each([
    ["0912 345 678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0084 912 345 678", "0912345678"],
    ["+84 91 234 5678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["0912-345-678", "0912345678"],
    ["(091) 2345678", "0912345678"],
    ["  0912345678  ", "0912345678"],
    ["0912\u00a0345\u00a0678", "0912345678"],
    ["0357123456", "0357123456"],
    ["0920000001", "0920000001"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeVnPhone(input)).toBe(expected)
  })

  it.each([
    ["", "empty"],
    ["091234567", "nine digits"],
    ["09123456789", "eleven digits"],
    ["912345678", "no leading zero or country code"],
    ["0212345678", "landline-like prefix 02"],
    ["0112345678", "unused prefix 01"],
    ["+85512345678", "another country"],
    ["+840912345678", "country code and the national zero"],
    ["0912a45678", "a letter"],
    ["０９１２３４５６７８", "full-width digits"],
    ["0912345678; drop table", "trailing text"],
    ["0".repeat(40), "very long"],
  ])("rejects %j (%s)", (input) => {
    expect(normalizeVnPhone(input)).toBeNull()
  })

  it("gives the same number for the three spellings the seller page accepts", () => {
    const forms = ["0912 345 678", "+84912345678", "84912345678"].map(normalizeVnPhone)
    expect(new Set(forms).size).toBe(1)
  })

  it("is idempotent on its own output", () => {
    const once = normalizeVnPhone("+84 983 111 222") as string
    expect(normalizeVnPhone(once)).toBe(once)
  })
})
