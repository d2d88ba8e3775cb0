import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@/lib/client-address"
import type { Decision } from "./limiter"
import { TOO_MANY_MESSAGES, waitInWords, type MarketLimits } from "./limits"
import { marketLimiter } from "./market-limiter"

/**
 * 429 with Retry-After (whole seconds) and the limit's policy (IETF RateLimit-Policy:
 * units;w=seconds). Medusa's error types have no 429, so the body is written here in its
 * error shape.
 */
export function answerTooMany(res: MedusaResponse, decision: Decision, name: keyof MarketLimits) {
  res.setHeader("Retry-After", String(decision.retryAfterSeconds))
  res.setHeader("RateLimit-Policy", `${decision.limit.limit};w=${Math.round(decision.limit.windowMs / 1000)}`)
  res.status(429).json({ type: "too_many_requests", message: TOO_MANY_MESSAGES[name](waitInWords(decision.retryAfterSeconds)) })
}

/** A middleware that counts every request to its route against `name`, per client address. */
export function limitPerAddress(name: keyof MarketLimits) {
  return async function limitRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const { limiter, limits } = marketLimiter(req.scope)
    const decision = await limiter.consume(limits[name], clientAddress(req))
    if (decision.allowed) return next()
    answerTooMany(res, decision, name)
  }
}
