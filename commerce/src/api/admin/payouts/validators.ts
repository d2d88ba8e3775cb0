import { z } from "zod"

export const RecordPayoutBody = z
  .object({
    producer_id: z.string().min(1, "Chọn hộ được trả tiền."),
    amount: z.number({ error: "Ghi số tiền đã trả, bằng số." }).int("Số tiền phải là số đồng chẵn.").positive("Số tiền phải lớn hơn 0."),
    reference: z.string().min(1, "Ghi mã giao dịch hoặc cách trả (ví dụ: tiền mặt tại xã).").max(120),
  })
  .strict()
export type RecordPayoutBody = z.infer<typeof RecordPayoutBody>
