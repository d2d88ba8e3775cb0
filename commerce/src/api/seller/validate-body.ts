import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "zod"

type Issue = z.core.$ZodIssue

/**
 * Medusa's validateAndTransformBody rewrites zod's messages into English ("Value for field
 * 'title_vi' too big…"). Sellers read these, so the schemas carry Vietnamese messages and
 * this middleware passes them on; unknown fields (another household, a status…) are named.
 */
export function validateSellerBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, vietnameseMessage(parsed.error.issues))
    }
    req.validatedBody = parsed.data
    next()
  }
}

export function vietnameseMessage(issues: readonly Issue[]): string {
  const messages = issues.slice(0, 3).map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return `Không được gửi: ${issue.keys.join(", ")}`
    }
    const where = issue.path.length ? ` (${issue.path.join(".")})` : ""
    // A message the schema did not set is zod's English default; say something plain instead.
    return /^[\x00-\x7F]*$/.test(issue.message) ? `Thông tin chưa đúng${where}` : issue.message
  })
  return [...new Set(messages)].join("; ")
}

/** The same for query strings (Medusa's validateAndTransformQuery would answer in English). */
export function validateSellerQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, vietnameseMessage(parsed.error.issues))
    }
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
}
