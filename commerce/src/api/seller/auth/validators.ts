import { z } from "zod"
import { INVALID_PHONE_MESSAGE, normalizeVnPhone } from "@/modules/producer/normalize-vn-phone"

/** Any of `0912 345 678`, `+84912345678`, `84912345678`; read as `0912345678`. */
export const VnPhone = z
  .string({ error: "Vui lòng nhập số điện thoại" })
  .max(32, INVALID_PHONE_MESSAGE)
  .transform((value, ctx) => {
    const phone = normalizeVnPhone(value)
    if (!phone) {
      ctx.addIssue({ code: "custom", message: INVALID_PHONE_MESSAGE })
      return z.NEVER
    }
    return phone
  })

export const NewPassword = z
  .string({ error: "Vui lòng nhập mật khẩu" })
  .min(8, "Mật khẩu cần ít nhất 8 ký tự")
  .max(128, "Mật khẩu dài quá 128 ký tự")

export const SellerSignIn = z
  .object({
    phone: VnPhone,
    password: z.string({ error: "Vui lòng nhập mật khẩu" }).min(1, "Vui lòng nhập mật khẩu").max(128, "Mật khẩu dài quá 128 ký tự"),
  })
  .strict()
export type SellerSignInType = z.infer<typeof SellerSignIn>

const Name = (what: string) =>
  z
    .string({ error: `Vui lòng nhập ${what}` })
    .trim()
    .min(2, `Vui lòng nhập ${what}`)
    .max(120, `${what[0].toUpperCase()}${what.slice(1)} dài quá 120 ký tự`)

export const SellerRegister = z
  .object({
    phone: VnPhone,
    password: NewPassword,
    name: Name("tên của bạn"),
    household_name: Name("tên hộ"),
    area_name: Name("tên xã hoặc phường"),
  })
  .strict()
export type SellerRegisterType = z.infer<typeof SellerRegister>
