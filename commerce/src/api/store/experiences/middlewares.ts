import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { vietnameseMessage } from "@/api/seller/validate-body"
import { StoreAvailabilityQuery } from "./validators"

/** Medusa's own query validation answers in English; visitors read these messages. */
function validateAvailabilityQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreAvailabilityQuery.safeParse(req.query)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, vietnameseMessage(parsed.error.issues))
  }
  req.validatedQuery = parsed.data
  next()
}

export const storeExperiencesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/experiences/:handle/availability", middlewares: [validateAvailabilityQuery] },
]
