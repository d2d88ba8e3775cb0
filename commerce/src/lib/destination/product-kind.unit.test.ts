import { describe, expect, it } from "vitest"
import { productKind } from "./product-kind"

describe("productKind", () => {
  it.each([
    [{ metadata: { kind: "experience" } }, "experience"],
    [{ metadata: { kind: "product" } }, "product"],
    [{ metadata: {} }, "product"],
    [{ metadata: null }, "product"],
    [{}, "product"],
  ])("%o is a %s", (product, kind) => {
    expect(productKind(product)).toBe(kind)
  })
})
