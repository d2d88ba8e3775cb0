import { describe, expect, it } from "vitest"
import { describeSellerAction } from "./describe-seller-action"

const base = { seller_name: "Lục Văn Tâm", producer_name: "Hộ bà Nông Thị Hoa", entity_title: "Hạt dẻ" }

describe("describeSellerAction", () => {
  it.each([
    ["helper", "product.create", "Người hỗ trợ Lục Văn Tâm đăng sản phẩm «Hạt dẻ» cho Hộ bà Nông Thị Hoa"],
    ["owner", "product.publish", "Lục Văn Tâm mở bán sản phẩm «Hạt dẻ» cho Hộ bà Nông Thị Hoa"],
    ["owner", "product.delete", "Lục Văn Tâm xoá sản phẩm «Hạt dẻ» cho Hộ bà Nông Thị Hoa"],
  ])("%s %s", (role, action, expected) => {
    expect(describeSellerAction({ ...base, role, action })).toBe(expected)
  })

  it("always names the household, with or without a title", () => {
    expect(describeSellerAction({ ...base, role: "helper", action: "product.update", entity_title: null })).toContain(
      "cho Hộ bà Nông Thị Hoa"
    )
  })
})
