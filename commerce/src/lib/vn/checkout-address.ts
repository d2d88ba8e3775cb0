import { z } from "zod"
// Relative, not "@/…": the storefront may import this file, and there "@/" means storefront/.
import { normalizeVnPhone } from "../../modules/producer/normalize-vn-phone"
import { findProvince } from "./provinces"

/** Where a parcel goes, as the buyer typed it, cleaned: NFC, trimmed, phone as 0xxxxxxxxx. */
export type CheckoutAddress = {
  name: string
  phone: string
  province_code: string
  ward: string
  street: string
  email?: string
}

export type AddressField = keyof CheckoutAddress

export type AddressErrors = Partial<Record<AddressField, string>> & Record<string, string>

export type ParsedAddress =
  | { ok: true; address: CheckoutAddress }
  | { ok: false; errors: AddressErrors; errors_en: AddressErrors }

/** One entry per way a field can be wrong; the schema carries the key, the parser the words. */
const MESSAGES = {
  name: ["Vui lòng ghi họ tên người nhận.", "Please enter the recipient's name."],
  name_long: ["Họ tên dài quá. Tối đa 80 chữ.", "The name is too long (80 characters at most)."],
  phone: ["Số điện thoại chưa đúng. Ví dụ: 0912 345 678", "The phone number is not right. Example: 0912 345 678"],
  province_code: ["Vui lòng chọn tỉnh/thành phố.", "Please choose a province or city."],
  ward: ["Vui lòng ghi xã/phường.", "Please enter the commune or ward."],
  ward_long: ["Tên xã/phường dài quá. Tối đa 80 chữ.", "The commune or ward is too long (80 characters at most)."],
  street: ["Vui lòng ghi số nhà, đường hoặc thôn, xóm.", "Please enter the house number and street, or the village."],
  street_long: ["Địa chỉ dài quá. Tối đa 160 chữ.", "The address is too long (160 characters at most)."],
  email: ["Email chưa đúng. Ví dụ: ten@gmail.com", "The email is not right. Example: name@gmail.com"],
  unknown: ["Không nhận ô này.", "This field is not accepted."],
} as const

type MessageKey = keyof typeof MESSAGES

/** NFC, trimmed, runs of spaces and line breaks made one space. */
function tidy(value: unknown): unknown {
  return typeof value === "string" ? value.normalize("NFC").replace(/\s+/g, " ").trim() : value
}

function text(min: number, max: number, short: MessageKey, long: MessageKey) {
  return z.preprocess(tidy, z.string({ error: short }).min(min, short).max(max, long))
}

/** Mobile numbers as the seller page reads them, or a landline: 02 + area code + number, 11 digits. */
export function normalizeCheckoutPhone(input: string): string | null {
  const mobile = normalizeVnPhone(input)
  if (mobile || input.length > 32) {
    return mobile
  }
  const compact = input.trim().replace(/[\s.\-()\u00a0]/g, "")
  const national = compact.replace(/^(\+84|0084|84)(?=2\d{9}$)/, "0")
  return /^02\d{9}$/.test(national) ? national : null
}

export const CheckoutAddressSchema = z
  .object({
    name: text(2, 80, "name", "name_long"),
    phone: z.string({ error: "phone" }).transform((value, ctx) => {
      const phone = normalizeCheckoutPhone(value)
      if (phone === null) {
        ctx.addIssue({ code: "custom", message: "phone" })
        return z.NEVER
      }
      return phone
    }),
    province_code: z
      .string({ error: "province_code" })
      .transform((value) => value.trim().toUpperCase())
      .refine((code) => findProvince(code) !== undefined, "province_code"),
    ward: text(2, 80, "ward", "ward_long"),
    street: text(2, 160, "street", "street_long"),
    email: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : tidy(value)),
      z.email({ error: "email" }).max(254, "email").optional()
    ),
  })
  .strict()

function messageKey(message: string, field: string): MessageKey {
  if (message in MESSAGES) {
    return message as MessageKey
  }
  return field in MESSAGES ? (field as MessageKey) : "unknown"
}

/** Checks an address form; every wrong field gets its own plain message in vi and en. */
export function parseCheckoutAddress(body: unknown): ParsedAddress {
  const input = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {}
  const parsed = CheckoutAddressSchema.safeParse(input)
  if (parsed.success) {
    const { email, ...rest } = parsed.data
    return { ok: true, address: email === undefined ? rest : { ...rest, email } }
  }
  const errors: AddressErrors = {}
  const errorsEn: AddressErrors = {}
  const put = (field: string, key: MessageKey) => {
    if (!(field in errors)) {
      ;[errors[field], errorsEn[field]] = MESSAGES[key]
    }
  }
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      issue.keys.forEach((key) => put(key, "unknown"))
      continue
    }
    const field = String(issue.path[0] ?? "")
    put(field, messageKey(issue.message, field))
  }
  return { ok: false, errors, errors_en: errorsEn }
}
