import { MedusaError } from "@medusajs/framework/utils"

/**
 * The text a banking app reads from a VietQR code: an EMVCo merchant-presented payload laid
 * out as the NAPAS "VietQR" specification asks for a transfer to an account (QRIBFTTA).
 */
export type VietQrInput = { bankBin: string; accountNumber: string; amount: number; reference: string }

/** Transfer notes are plain ASCII in every bank's system, and NAPAS keeps 25 characters. */
export const MAX_REFERENCE_LENGTH = 25

const NAPAS_GUID = "A000000727"
const TRANSFER_TO_ACCOUNT = "QRIBFTTA"
const DYNAMIC = "12"
const VND = "704"

/** The payload for one transfer of `amount` đồng with `reference` as its note. */
export function vietQrPayload({ bankBin, accountNumber, amount, reference }: VietQrInput): string {
  check(/^\d{6}$/.test(bankBin), `bankBin must be six digits, got "${bankBin}"`)
  check(/^[0-9A-Za-z]{1,19}$/.test(accountNumber), `accountNumber must be 1-19 letters or digits, got "${accountNumber}"`)
  check(Number.isSafeInteger(amount) && amount > 0 && String(amount).length <= 13, `amount must be whole đồng > 0, got ${amount}`)
  const note = asciiReference(reference)
  check(note.length > 0, `reference has no letters or digits: "${reference}"`)
  const body =
    tlv("00", "01") +
    tlv("01", DYNAMIC) +
    tlv("38", tlv("00", NAPAS_GUID) + tlv("01", tlv("00", bankBin) + tlv("01", accountNumber)) + tlv("02", TRANSFER_TO_ACCOUNT)) +
    tlv("53", VND) +
    tlv("54", String(amount)) +
    tlv("58", "VN") +
    tlv("62", tlv("08", note)) +
    "6304"
  return body + crc16CcittFalse(body)
}

/** "Đơn CP-1042 – chè Shan" → "Don CP1042 che Shan": letters, digits and single spaces. */
export function asciiReference(reference: string): string {
  return reference
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^0-9A-Za-z ]/g, "")
    .replace(/ +/g, " ")
    .trim()
    .slice(0, MAX_REFERENCE_LENGTH)
    .trim()
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) as four upper-case hex digits, as EMVCo asks. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/**
 * Reads one level of EMVCo ID-length-value fields, in payload order (a Map, because an
 * object would put "38" before "00"); call again on a field's value to read inside it.
 */
export function parseEmvTlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  let at = 0
  while (at < text.length) {
    const id = text.slice(at, at + 2)
    const length = Number(text.slice(at + 2, at + 4))
    const value = text.slice(at + 4, at + 4 + length)
    check(/^\d{2}$/.test(id) && /^\d{2}$/.test(text.slice(at + 2, at + 4)), `bad EMV field at ${at}`)
    check(value.length === length, `EMV field ${id} is cut short`)
    check(!fields.has(id), `EMV field ${id} appears twice`)
    fields.set(id, value)
    at += 4 + length
  }
  return fields
}

function tlv(id: string, value: string): string {
  check(value.length <= 99, `EMV field ${id} is longer than 99`)
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR: ${message}`)
  }
}
