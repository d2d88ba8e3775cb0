import { z } from "zod"

export const ExperienceHandle = z.string().regex(/^[a-z0-9-]{1,100}$/, "Mã trải nghiệm không hợp lệ.")

export const StoreAvailabilityQuery = z
  .object({
    /** First date to show (YYYY-MM-DD); today in Vietnam when absent. */
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày bắt đầu phải có dạng 2026-12-05.").optional(),
    days: z.coerce.number().int().min(1, "Số ngày từ 1 đến 120.").max(120, "Số ngày từ 1 đến 120.").default(56),
  })
  .strict()

export type StoreAvailabilityQuery = z.infer<typeof StoreAvailabilityQuery>
