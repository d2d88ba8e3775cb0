import { z } from "zod"

export const AdminStatusReads = z
  .object({
    producer_id: z.string().trim().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminStatusReadsType = z.infer<typeof AdminStatusReads>
