import { z } from "zod"

export const StoreListProducers = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    area: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  })
  .strict()

export type StoreListProducersType = z.infer<typeof StoreListProducers>

export const StoreProducerHandle = z.string().regex(/^[a-z0-9-]{1,100}$/, "mã người bán không hợp lệ")
