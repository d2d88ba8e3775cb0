import { z } from "zod"

export const OrderLookupBody = z
  .object({
    number: z.string({ error: "Vui lòng ghi số đơn hàng, ví dụ CP-1042." }).min(1, "Vui lòng ghi số đơn hàng, ví dụ CP-1042.").max(20),
    phone: z.string({ error: "Vui lòng ghi số điện thoại đã dùng khi đặt hàng." }).min(1, "Vui lòng ghi số điện thoại đã dùng khi đặt hàng.").max(20),
  })
  .strict()
export type OrderLookupBody = z.infer<typeof OrderLookupBody>
