import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreSearchQuery } from "./validators"

/**
 * Medusa's `validateAndTransformQuery` rewrites zod's messages into English; buyers read
 * these, so the schema's Vietnamese messages are passed through as written.
 */
export function validateSearchQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreSearchQuery.safeParse(req.query)
  if (!parsed.success) {
    const problems = [...new Set(parsed.error.issues.map((issue) => issue.message))].join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Yêu cầu tìm kiếm không hợp lệ: ${problems}`)
  }
  req.validatedQuery = parsed.data
  next()
}
