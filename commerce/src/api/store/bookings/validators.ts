import { z } from "zod"

/** The same proof as the order lookup: the order number and the phone it was placed with. */
export const CancelBookingBody = z
  .object({
    number: z.string({ error: "Vui lòng ghi số đơn hàng, ví dụ CP-1042." }).min(1, "Vui lòng ghi số đơn hàng, ví dụ CP-1042.").max(20),
    phone: z.string({ error: "Vui lòng ghi số điện thoại đã dùng khi đặt." }).min(1, "Vui lòng ghi số điện thoại đã dùng khi đặt.").max(20),
  })
  .strict()
export type CancelBookingBody = z.infer<typeof CancelBookingBody>
