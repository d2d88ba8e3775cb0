import { describe, expect, it } from "vitest"
import { patchProducts, pagesTouched, readBuildScope } from "../../storefront/lib/data/partial-build.ts"
import type { Product } from "../../storefront/lib/data/products.ts"

const product = (id: string, handle: string, categories: string[], producer: string | null, title = handle): Product => ({
  id,
  handle,
  title,
  description: "",
  categoryHandles: categories,
  producer: producer ? { handle: producer, name: producer, areaName: "", ethnicity: null, story: { vi: null, en: null }, verified: true } : null,
  ocopStars: null,
  season: null,
  photo: null,
  variants: [],
} as Product)

const base = [
  product("p1", "mien-dong", ["dac-san-kho"], "ho-a"),
  product("p2", "hat-de", ["nong-san"], "ho-b"),
  product("p3", "khan", ["thu-cong"], "ho-a"),
]

describe("which pages a product change touches", () => {
  const cases: { name: string; changed: string[]; fresh: Product[]; want: ReturnType<typeof pagesTouched> }[] = [
    {
      name: "a new title rebuilds its page, its category and its household",
      changed: ["p2"],
      fresh: [product("p2", "hat-de", ["nong-san"], "ho-b", "Hạt dẻ mới")],
      want: { products: ["hat-de"], categories: ["nong-san"], producers: ["ho-b"], removedProducts: [] },
    },
    {
      name: "a move to another category rebuilds the old and the new category",
      changed: ["p2"],
      fresh: [product("p2", "hat-de", ["dac-san-kho"], "ho-b")],
      want: { products: ["hat-de"], categories: ["dac-san-kho", "nong-san"], producers: ["ho-b"], removedProducts: [] },
    },
    {
      name: "an unpublished product loses its page and leaves its listings",
      changed: ["p1"],
      fresh: [],
      want: { products: [], categories: ["dac-san-kho"], producers: ["ho-a"], removedProducts: ["mien-dong"] },
    },
    {
      name: "a new handle removes the page under the old one",
      changed: ["p3"],
      fresh: [product("p3", "khan-theu", ["thu-cong"], "ho-a")],
      want: { products: ["khan-theu"], categories: ["thu-cong"], producers: ["ho-a"], removedProducts: ["khan"] },
    },
    {
      name: "a newly published product adds its page and its listings",
      changed: ["p9"],
      fresh: [product("p9", "mat-ong", ["tra-mat-ong"], "ho-c")],
      want: { products: ["mat-ong"], categories: ["tra-mat-ong"], producers: ["ho-c"], removedProducts: [] },
    },
  ]
  for (const { name, changed, fresh, want } of cases) {
    it(name, () => {
      expect(pagesTouched(base, changed, fresh)).toEqual(want)
    })
  }
})

describe("the catalog after a change", () => {
  it("keeps every unchanged product and the listing order, replaces, drops and appends", () => {
    const fresh = [product("p2", "hat-de", ["nong-san"], "ho-b", "Hạt dẻ mới"), product("p9", "mat-ong", ["tra-mat-ong"], "ho-c")]
    const patched = patchProducts(base, ["p1", "p2", "p9"], fresh)
    expect(patched.map((p) => [p.id, p.title])).toEqual([["p2", "Hạt dẻ mới"], ["p3", "khan"], ["p9", "mat-ong"]])
    // Whatever changed, every product not named stays exactly as the snapshot had it.
    for (const unchanged of base.filter((p) => !["p1", "p2", "p9"].includes(p.id))) {
      expect(patched).toContainEqual(unchanged)
    }
  })
})

describe("the build scope from the environment", () => {
  it("is the whole site when STOREFRONT_ONLY is unset or empty", () => {
    expect(readBuildScope({})).toEqual({ kind: "full" })
    expect(readBuildScope({ STOREFRONT_ONLY: "" })).toEqual({ kind: "full" })
  })

  it("names the snapshot and the products of a partial build", () => {
    const env = { STOREFRONT_ONLY: JSON.stringify({ base: "/tmp/snap", products: ["prod_1"] }) }
    expect(readBuildScope(env)).toEqual({ kind: "partial", base: "/tmp/snap", productIds: ["prod_1"] })
  })

  it("refuses a list that is not product ids", () => {
    expect(() => readBuildScope({ STOREFRONT_ONLY: JSON.stringify({ base: "/tmp/snap", products: ["../x"] }) })).toThrow(/STOREFRONT_ONLY/)
    expect(() => readBuildScope({ STOREFRONT_ONLY: JSON.stringify({ base: "", products: [] }) })).toThrow(/STOREFRONT_ONLY/)
    expect(() => readBuildScope({ STOREFRONT_ONLY: JSON.stringify({ base: "/tmp/snap", products: [], extra: 1 }) })).toThrow(/STOREFRONT_ONLY/)
  })
})
