import { describe, expect, it } from "vitest"
import { orderNumber, parseOrderNumber } from "./order-number"

describe("order numbers", () => {
  it.each([
    ["CP-1042", 1042],
    ["cp1042", 1042],
    [" CP 7 ", 7],
    ["#15", 15],
    ["15", 15],
  ])("reads %s as %i", (input, expected) => {
    expect(parseOrderNumber(input)).toBe(expected)
  })

  it.each(["", "CP-", "CP-12a", "DH-12", "1; drop table"])("refuses %j", (input) => {
    expect(parseOrderNumber(input)).toBeNull()
  })

  it("writes what it reads", () => {
    expect(parseOrderNumber(orderNumber(1042))).toBe(1042)
  })
})
