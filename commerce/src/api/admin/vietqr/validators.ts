import { z } from "zod"

export const ConfirmTransferBody = z
  .object({
    number: z.string().min(1, "Ghi số đơn hàng, ví dụ CP-1042.").max(20),
    amount: z.number({ error: "Ghi số tiền đã nhận, bằng số." }).int("Số tiền phải là số đồng chẵn.").positive("Số tiền phải lớn hơn 0."),
  })
  .strict()
export type ConfirmTransferBody = z.infer<typeof ConfirmTransferBody>

export const EmptyBody = z.object({}).strict()
