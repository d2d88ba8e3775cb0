import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { asciiReference, crc16CcittFalse, parseEmvTlv, vietQrPayload } from "./payload"

const input = { bankBin: "970436", accountNumber: "1023456789", amount: 180_000, reference: "CP-1042" }

describe("vietQrPayload", () => {
  it("matches the sample published with the subiz/vietqr generator, CRC included", () => {
    // README of github.com/subiz/vietqr: 120.000 ₫ to VietinBank 0011001932418, note "ủng hộ lũ lụt".
    const payload = vietQrPayload({ bankBin: "970415", accountNumber: "0011001932418", amount: 120_000, reference: "ủng hộ lũ lụt" })
    expect(payload).toBe(
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C"
    )
  })

  it("lays out the NAPAS fields with the amount and the note where banks read them", () => {
    const fields = parseEmvTlv(vietQrPayload(input))
    expect([...fields.keys()]).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"])
    const root = Object.fromEntries(fields)
    expect([root["00"], root["01"], root["53"], root["54"], root["58"]]).toEqual(["01", "12", "704", "180000", "VN"])
    const merchant = Object.fromEntries(parseEmvTlv(root["38"]))
    expect(merchant).toEqual({ "00": "A000000727", "01": "00069704360110" + "1023456789", "02": "QRIBFTTA" })
    expect(Object.fromEntries(parseEmvTlv(merchant["01"]))).toEqual({ "00": "970436", "01": "1023456789" })
    expect(Object.fromEntries(parseEmvTlv(root["62"]))).toEqual({ "08": "CP1042" })
  })

  it("ends with a CRC over everything before it, 6304 included", () => {
    const payload = vietQrPayload(input)
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)))
    expect(payload.slice(-4)).toMatch(/^[0-9A-F]{4}$/)
  })

  it("gives a different code for a different amount or note", () => {
    const payloads = new Set([
      vietQrPayload(input),
      vietQrPayload({ ...input, amount: 180_001 }),
      vietQrPayload({ ...input, reference: "CP-1043" }),
    ])
    expect(payloads.size).toBe(3)
  })

  it.each([
    ["a bank BIN that is not six digits", { bankBin: "97043" }],
    ["an account with a space", { accountNumber: "1023 456" }],
    ["an account longer than 19", { accountNumber: "1".repeat(20) }],
    ["an amount of zero", { amount: 0 }],
    ["a fraction of a đồng", { amount: 1000.5 }],
    ["a note with nothing readable", { reference: "–––" }],
  ])("refuses %s", (_label, override) => {
    expect(() => vietQrPayload({ ...input, ...override })).toThrow(MedusaError)
  })
})

describe("asciiReference", () => {
  it.each([
    ["CP-1042", "CP1042"],
    ["Đơn CP-1042 – chè Shan tuyết", "Don CP1042 che Shan tuyet"],
    ["Thanh toán đơn hàng số 1042 của chị Lan", "Thanh toan don hang so 10"],
    ["  a   b  ", "a b"],
  ])("writes %j as %j", (reference, expected) => {
    const ascii = asciiReference(reference)
    expect(ascii).toBe(expected)
    expect(ascii.length).toBeLessThanOrEqual(25)
    expect(ascii).toMatch(/^[\x20-\x7E]*$/)
  })
})

describe("crc16CcittFalse", () => {
  it.each([
    ["123456789", "29B1"],
    ["", "FFFF"],
    // Second published vector (a VietQR payload printed in an API example): Vietcombank, 1.943.000 ₫.
    ["00020101021238540010A00000072701240006970436011010234567890208QRIBFTTA5303704540719430005802VN62120808TT0000696304", "A8E5"],
  ])("checks %j as %s", (text, crc) => {
    expect(crc16CcittFalse(text)).toBe(crc)
  })
})

describe("parseEmvTlv", () => {
  it.each([
    ["a length past the end", "0005ab"],
    ["a length that is not a number", "00xxab"],
    ["a field given twice", "0001a0001b"],
  ])("refuses %s", (_label, text) => {
    expect(() => parseEmvTlv(text)).toThrow(MedusaError)
  })
})
