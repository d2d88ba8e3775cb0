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
