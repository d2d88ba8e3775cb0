import { describe, expect, it } from "vitest"
import { englishTranslation, initialStock, productHandle, toCreateProductInput, variantSku } from "./seller-product-input"

const setup = { sales_channel_id: "sc_1", shipping_profile_id: "sp_1", stock_location_id: "sloc_1", category_id: "pcat_1" }
const draft = {
  title_vi: "Hạt dẻ Trùng Khánh",
  category: "dac-san",
  variants: [
    { label: "500 g", price_vnd: 90_000, weight_g: 500, stock: 10 },
    { label: "1 kg", price_vnd: 170_000, weight_g: 1000, stock: 4 },
  ],
}

describe("productHandle", () => {
  it.each([
    ["Hạt dẻ Trùng Khánh", "hat-de-trung-khanh-x1"],
    ["Đậu đỏ Đông Khê", "dau-do-dong-khe-x1"],
    ["  Mật ong -- bạc hà!! ", "mat-ong-bac-ha-x1"],
    ["Miến dong Nguyên Bình", "mien-dong-nguyen-binh-x1"],
    ["???", "san-pham-x1"],
  ])("makes %j into %s", (title, expected) => {
    expect(productHandle(title, "x1")).toBe(expected)
  })

  it("keeps only a-z, 0-9 and dashes, whatever the title", () => {
    for (const title of ["Thổ cẩm Dao đỏ", "Rượu 45°", "Chè Shan tuyết – loại 1", "ễữỹ ỵ"]) {
      expect(productHandle(title, "ab12")).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it("stays within a readable length", () => {
    expect(productHandle("Hạt ".repeat(60), "ab12").length).toBeLessThanOrEqual(85)
  })
})

describe("toCreateProductInput", () => {
  const input = toCreateProductInput(draft, setup, "hat-de-x1")

  it("always starts as a draft, whatever the seller wanted", () => {
    expect(input.status).toBe("draft")
  })

  it("prices every variant in whole đồng", () => {
    expect(input.variants.map((v) => v.prices)).toEqual([
      [{ currency_code: "vnd", amount: 90_000 }],
      [{ currency_code: "vnd", amount: 170_000 }],
    ])
  })

  it("gives every variant its own option value and sku", () => {
    expect(input.options).toEqual([{ title: "Loại", values: ["500 g", "1 kg"] }])
    expect(input.variants.map((v) => v.sku)).toEqual([variantSku("hat-de-x1", 0), variantSku("hat-de-x1", 1)])
    expect(new Set(input.variants.map((v) => v.sku)).size).toBe(draft.variants.length)
  })

  it("puts the product in the store's channel and shipping profile", () => {
    expect(input.sales_channels).toEqual([{ id: "sc_1" }])
    expect(input.shipping_profile_id).toBe("sp_1")
    expect(input.category_ids).toEqual(["pcat_1"])
  })
})

describe("englishTranslation", () => {
  it.each([
    [{}, null],
    [{ title_en: "Chestnuts" }, { title: "Chestnuts" }],
    [{ title_en: "Chestnuts", description_en: "Roasted" }, { title: "Chestnuts", description: "Roasted" }],
  ])("translates only what was given (%j)", (fields, expected) => {
    expect(englishTranslation(fields)).toEqual(expected)
  })
})

describe("initialStock", () => {
  const created = {
    id: "prod_1",
    handle: "hat-de-x1",
    title: "Hạt dẻ",
    status: "draft",
    // Returned in another order than sent.
    variants: [
      { id: "variant_2", sku: "HAT-DE-X1-2", inventory_item_id: "iitem_2" },
      { id: "variant_1", sku: "HAT-DE-X1-1", inventory_item_id: "iitem_1" },
    ],
  }

  it("gives each variant the stock the seller sent for it, whatever order they come back in", () => {
    expect(initialStock(draft, created, "sloc_1")).toEqual([
      { inventory_item_id: "iitem_1", location_id: "sloc_1", stocked_quantity: 10 },
      { inventory_item_id: "iitem_2", location_id: "sloc_1", stocked_quantity: 4 },
    ])
  })

  it("fails loudly when a variant has no inventory item", () => {
    const broken = { ...created, variants: [{ ...created.variants[0], inventory_item_id: null }] }
    expect(() => initialStock(draft, broken, "sloc_1")).toThrow(/no inventory item/)
  })
})
