import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { availability, findExperience } from "../../experience-view"
import { ExperienceHandle, type StoreAvailabilityQuery } from "../../validators"

/**
 * GET /store/experiences/:handle/availability?from=YYYY-MM-DD&days=56
 * → { first_bookable, dates: [{ date, variant_id, left, bookable }] }. The calendar on the
 * experience page reads this; booking a date adds its `variant_id` with quantity = guests.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = ExperienceHandle.safeParse(req.params.handle)
  if (!handle.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã trải nghiệm "${req.params.handle}" không hợp lệ.`)
  }
  const product = await findExperience(req.scope, handle.data)
  const range = req.validatedQuery as unknown as StoreAvailabilityQuery
  res.setHeader("Cache-Control", "no-store")
  res.json(await availability(req.scope, product, range))
}
