import { z } from "zod"

export const StoreListDestinations = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    area: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  })
  .strict()

export type StoreListDestinationsType = z.infer<typeof StoreListDestinations>

export const StoreDestinationSlug = z.string().regex(/^[a-z0-9-]{1,120}$/)
