import { z } from "zod"
import { isCalendarDate } from "@/lib/impact/period"

const day = (which: string) =>
  z.string().refine(isCalendarDate, `Ngày ${which} phải có dạng năm-tháng-ngày, ví dụ 2026-03-31`)

/** A period of whole days in Vietnam time; either end may be left open. */
export const AdminImpactQuery = z
  .object({ from: day("bắt đầu").optional(), to: day("kết thúc").optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, "Ngày bắt đầu phải trước ngày kết thúc")
export type AdminImpactQueryType = z.infer<typeof AdminImpactQuery>
