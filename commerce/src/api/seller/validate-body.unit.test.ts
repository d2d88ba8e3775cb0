import { describe, expect, it } from "vitest"
import { SellerCreateProduct } from "./households/[handle]/products/validators"
import { vietnameseMessage } from "./validate-body"

const valid = { title_vi: "Hạt dẻ", category: "nong-san", variants: [{ label: "Túi 500 g", price_vnd: 90_000, weight_g: 500, stock: 3 }] }

function messageFor(body: unknown): string {
  const parsed = SellerCreateProduct.safeParse(body)
  if (parsed.success) {
    throw new Error("expected the body to be refused")
  }
  return vietnameseMessage(parsed.error.issues)
}

describe("vietnameseMessage", () => {
  it("names the fields a seller may not send", () => {
    expect(messageFor({ ...valid, status: "published", household_status: "poor" })).toBe(
      "Không được gửi: status, household_status"
    )
  })

  it.each([
    [{ ...valid, variants: [{ ...valid.variants[0], price_vnd: "90000" }] }, "Giá phải là một số"],
    [{ ...valid, variants: [{ ...valid.variants[0], price_vnd: 0 }] }, "Giá phải lớn hơn 0 đồng"],
    [{ ...valid, title_vi: "" }, "Vui lòng nhập tên sản phẩm"],
  ])("keeps the schema's Vietnamese message (%#)", (body, expected) => {
    expect(messageFor(body)).toBe(expected)
  })

  it("never passes an English default message through", () => {
    const message = vietnameseMessage([{ code: "custom", message: "Invalid input", path: ["x"], input: 1 }])
    expect(message).toBe("Thông tin chưa đúng (x)")
  })

  it("accepts the valid body", () => {
    expect(SellerCreateProduct.safeParse(valid).success).toBe(true)
  })
})
