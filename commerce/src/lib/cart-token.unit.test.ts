import { describe, expect, it } from "vitest"
import { cartToken, isValidCartToken } from "./cart-token"

const SECRET = "s".repeat(40)

describe("cart tokens", () => {
  it("accepts the token made for the same cart", () => {
    expect(isValidCartToken("cart_01", cartToken("cart_01", SECRET), SECRET)).toBe(true)
  })

  it("refuses another cart's token, a missing token and one made with another secret", () => {
    expect(isValidCartToken("cart_02", cartToken("cart_01", SECRET), SECRET)).toBe(false)
    expect(isValidCartToken("cart_01", undefined, SECRET)).toBe(false)
    expect(isValidCartToken("cart_01", cartToken("cart_01", "t".repeat(40)), SECRET)).toBe(false)
  })
})
