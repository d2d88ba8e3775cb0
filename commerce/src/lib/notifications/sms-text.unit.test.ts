import { describe, expect, it } from "vitest"
import { smsText, smsVnd } from "./sms-text"

describe("smsText", () => {
  it.each([
    ["Chợ Phiên: đã nhận đơn", "Cho Phien: da nhan don"],
    ["Đặc sản Hà Quảng", "Dac san Ha Quang"],
    // The same words typed in decomposed form (NFD) come out the same.
    ["Tru\u0300ng Kha\u0301nh", "Trung Khanh"],
    ["H'Mông  –  mật ong", "H'Mong - mat ong"],
    ["H’Mông “Phja Đén”", "H'Mong \"Phja Den\""],
    ["Quà 🎁 tặng", "Qua tang"],
  ])("%s → %s", (text, expected) => {
    expect(smsText(text)).toBe(expected)
  })

  it("leaves only printable ASCII, so a message stays in 160-character parts", () => {
    const text = smsText("Ngày xửa ngày xưa, ở bản Phja Đén có ông Lục Văn Tuấn bán hạt dẻ Trùng Khánh.")
    expect(text).toMatch(/^[\x20-\x7E]*$/)
  })
})

describe("smsVnd", () => {
  it.each([
    [0, "0d"],
    [900, "900d"],
    [180000, "180.000d"],
    [1234567, "1.234.567d"],
  ])("%i → %s", (amount, expected) => {
    expect(smsVnd(amount)).toBe(expected)
  })

  it("refuses a fraction of a đồng", () => {
    expect(() => smsVnd(1.5)).toThrow(RangeError)
  })
})
