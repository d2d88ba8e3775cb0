import { z } from "zod"
import { PAYMENT_METHODS } from "@/modules/sale/payment-method"

export const CreateCheckoutCartBody = z.object({}).strict()

export const CompleteCheckoutBody = z
  .object({
    method: z.enum(PAYMENT_METHODS, { error: "Vui lòng chọn cách trả tiền." }),
  })
  .strict()
export type CompleteCheckoutBody = z.infer<typeof CompleteCheckoutBody>

export const ParcelsQuery = z
  .object({ province_code: z.string().max(8).optional() })
  .strict()
