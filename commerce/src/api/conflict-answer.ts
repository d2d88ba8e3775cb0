import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Sends our own CONFLICT as a 409 with its message. Medusa's error handler would replace the
 * message with its English text about idempotency keys, which tells a person nothing.
 * Returns false (nothing sent) for any other error, for the caller to rethrow.
 */
export function answerConflict(error: unknown, res: MedusaResponse): boolean {
  if (!MedusaError.isMedusaError(error) || (error as MedusaError).type !== MedusaError.Types.CONFLICT) return false
  res.status(409).json({ type: "conflict", message: (error as MedusaError).message })
  return true
}
