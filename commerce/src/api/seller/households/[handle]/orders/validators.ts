import { z } from "zod"
import { PARCEL_ACTIONS } from "@/modules/sale/parcel-status"

export const SellerParcelAction = z
  .object({
    action: z.enum(PARCEL_ACTIONS, { error: "Hành động không đúng." }),
    carrier: z.string().max(60, "Tên nơi gửi dài quá. Tối đa 60 chữ.").optional(),
    tracking_code: z.string().max(60, "Mã vận đơn dài quá. Tối đa 60 chữ.").optional(),
    cash_collected: z.boolean().optional(),
  })
  .strict()
export type SellerParcelActionType = z.infer<typeof SellerParcelAction>
