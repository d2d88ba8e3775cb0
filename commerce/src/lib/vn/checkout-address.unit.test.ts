import { describe, expect, it } from "vitest"
import { normalizeCheckoutPhone, parseCheckoutAddress } from "./checkout-address"

const good = {
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province_code: "HN",
  ward: "Phường Ba Đình",
  street: "12 phố Điện Biên Phủ",
}

function errorsOf(body: unknown) {
  const parsed = parseCheckoutAddress(body)
  if (parsed.ok) {
    throw new Error(`expected errors, got ${JSON.stringify(parsed.address)}`)
  }
  return parsed
}

describe("parseCheckoutAddress", () => {
  it("accepts a full address and cleans it", () => {
    const parsed = parseCheckoutAddress({
      ...good,
      // Decomposed "Nguyễn" as some phone keyboards send it, with stray spaces.
      name: "  Nguye\u0302\u0303n   Thị\nLan ",
      province_code: " hn ",
      email: " lan@example.vn ",
    })
    expect(parsed).toEqual({
      ok: true,
      address: { ...good, name: "Nguyễn Thị Lan", phone: "0912345678", email: "lan@example.vn" },
    })
  })

  it("leaves out an empty email", () => {
    const parsed = parseCheckoutAddress({ ...good, email: "" })
    expect(parsed.ok && "email" in parsed.address).toBe(false)
  })

  it.each([
    ["0912 345 678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0206 3852 123", "02063852123"],
    ["+84 206 3852 123", "02063852123"],
    ["842063852123", "02063852123"],
  ])("reads the phone %j as %s", (phone, expected) => {
    const parsed = parseCheckoutAddress({ ...good, phone })
    expect(parsed.ok && parsed.address.phone).toBe(expected)
  })

  it.each(["", "12345", "091234567", "0212345678", "020638521234", "+85512345678", "0912a45678"])(
    "refuses the phone %j with an example",
    (phone) => {
      expect(normalizeCheckoutPhone(phone)).toBeNull()
      expect(errorsOf({ ...good, phone }).errors).toEqual({ phone: "Số điện thoại chưa đúng. Ví dụ: 0912 345 678" })
    }
  )

  it.each([
    ["name", "A", "Vui lòng ghi họ tên người nhận."],
    ["name", "   ", "Vui lòng ghi họ tên người nhận."],
    ["name", "x".repeat(81), "Họ tên dài quá. Tối đa 80 chữ."],
    ["name", 42, "Vui lòng ghi họ tên người nhận."],
    ["province_code", "XX", "Vui lòng chọn tỉnh/thành phố."],
    ["province_code", "", "Vui lòng chọn tỉnh/thành phố."],
    ["ward", "P", "Vui lòng ghi xã/phường."],
    ["ward", "x".repeat(81), "Tên xã/phường dài quá. Tối đa 80 chữ."],
    ["street", "", "Vui lòng ghi số nhà, đường hoặc thôn, xóm."],
    ["street", "x".repeat(161), "Địa chỉ dài quá. Tối đa 160 chữ."],
    ["email", "lan@", "Email chưa đúng. Ví dụ: ten@gmail.com"],
    ["email", 7, "Email chưa đúng. Ví dụ: ten@gmail.com"],
  ])("refuses %s = %j with a plain message", (field, value, message) => {
    const { errors, errors_en } = errorsOf({ ...good, [field]: value })
    expect(errors).toEqual({ [field]: message })
    expect(Object.keys(errors_en)).toEqual([field])
    expect(errors_en[field]).toMatch(/^[\x20-\x7E]+$/)
  })

  it.each([
    ["name", 2, 80],
    ["ward", 2, 80],
    ["street", 2, 160],
  ])("accepts %s at exactly %i and %i characters", (field, min, max) => {
    expect(parseCheckoutAddress({ ...good, [field]: "Đ".repeat(min) }).ok).toBe(true)
    expect(parseCheckoutAddress({ ...good, [field]: "Đ".repeat(max) }).ok).toBe(true)
  })

  it("names every missing field at once", () => {
    expect(Object.keys(errorsOf({}).errors).sort()).toEqual(["name", "phone", "province_code", "street", "ward"])
    expect(Object.keys(errorsOf(null).errors)).toHaveLength(5)
    expect(Object.keys(errorsOf("HN").errors)).toHaveLength(5)
  })

  it("refuses fields it does not know, such as metadata", () => {
    expect(errorsOf({ ...good, metadata: { producer_id: "x" } }).errors).toEqual({ metadata: "Không nhận ô này." })
  })
})
