import { describe, expect, it } from "vitest"
import { ALL_CHANGED, mergeChanges, parseCatalogChange, planBuild } from "#scripts/lib/storefront/catalog-changes.ts"

const products = (...ids: string[]) => ({ kind: "products" as const, ids: new Set(ids) })
const live = { site: true, snapshot: true }

describe("reading a catalog-change notification", () => {
  const cases: [string, string | undefined, ReturnType<typeof parseCatalogChange>][] = [
    ["a product list", JSON.stringify({ event: "product.updated", products: ["prod_01", "prod_02"] }), products("prod_01", "prod_02")],
    ["an event without products (a category)", JSON.stringify({ event: "product-category.updated" }), ALL_CHANGED],
    ["the bare event name older subscribers send", "product.updated", ALL_CHANGED],
    ["a destination's empty list (no product pages)", JSON.stringify({ event: "destination.changed", products: [] }), products()],
    ["a list that is not a list", JSON.stringify({ event: "x", products: "prod_1" }), ALL_CHANGED],
    ["ids that are not ids", JSON.stringify({ event: "x", products: ["a b", 3] }), ALL_CHANGED],
    ["broken JSON", "{not json", ALL_CHANGED],
    ["no payload", undefined, ALL_CHANGED],
  ]
  for (const [name, payload, want] of cases) {
    it(`reads ${name}`, () => expect(parseCatalogChange(payload)).toEqual(want))
  }
})

describe("merging changes between builds", () => {
  it("unites product lists, and anything unknown makes it everything", () => {
    expect(mergeChanges(undefined, products("a"))).toEqual(products("a"))
    expect(mergeChanges(products("a", "b"), products("b", "c"))).toEqual(products("a", "b", "c"))
    expect(mergeChanges(products("a"), ALL_CHANGED)).toEqual(ALL_CHANGED)
    expect(mergeChanges(ALL_CHANGED, products("a"))).toEqual(ALL_CHANGED)
  })
})

describe("choosing a partial or a full build", () => {
  const cases: [string, Parameters<typeof planBuild>, "full" | "incremental"][] = [
    ["one changed product on a live build with its snapshot", [products("p1"), live], "incremental"],
    ["a destination (no product)", [products(), live], "incremental"],
    ["exactly the limit", [products("a", "b", "c"), live, 3], "incremental"],
    ["one product past the limit", [products("a", "b", "c", "d"), live, 3], "full"],
    ["an unknown change", [ALL_CHANGED, live], "full"],
    ["no change list (start-up)", [undefined, live], "full"],
    ["no live build yet", [products("p1"), { site: false, snapshot: false }], "full"],
    ["a live build without a snapshot", [products("p1"), { site: true, snapshot: false }], "full"],
  ]
  for (const [name, args, kind] of cases) {
    it(`builds ${kind === "full" ? "everything" : "only the pages"} for ${name}`, () => {
      expect(planBuild(...args).kind).toBe(kind)
    })
  }

  it("hands a partial build its products in a stable order", () => {
    expect(planBuild(products("p2", "p1"), live)).toEqual({ kind: "incremental", productIds: ["p1", "p2"] })
  })
})
