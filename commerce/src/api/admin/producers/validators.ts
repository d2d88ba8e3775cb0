import { z } from "zod"

export const AdminVerifyProducer = z.object({}).strict()

export const AdminProducerAuditLog = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminProducerAuditLogType = z.infer<typeof AdminProducerAuditLog>

/** The operator's list of households; `q` matches the name or the handle. */
export const AdminListProducers = z
  .object({
    verification_status: z.enum(["pending", "verified", "suspended"]).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>

/** Reading a household's poverty status needs a reason, kept in the status-read log. */
export const AdminReadHouseholdStatus = z
  .object({
    reason: z
      .string({ error: "Hãy ghi lý do cần xem mức sống của hộ." })
      .trim()
      .min(5, "Hãy ghi lý do cần xem mức sống của hộ (ít nhất 5 ký tự).")
      .max(300, "Lý do dài quá 300 ký tự."),
  })
  .strict()
export type AdminReadHouseholdStatusType = z.infer<typeof AdminReadHouseholdStatus>
