import { z } from "zod"
import { NewPassword } from "../auth/validators"

export const SellerChangePassword = z
  .object({
    current_password: z
      .string({ error: "Vui lòng nhập mật khẩu hiện tại" })
      .min(1, "Vui lòng nhập mật khẩu hiện tại")
      .max(128, "Mật khẩu dài quá 128 ký tự"),
    new_password: NewPassword,
  })
  .strict()
export type SellerChangePasswordType = z.infer<typeof SellerChangePassword>
