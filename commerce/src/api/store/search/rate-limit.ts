import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * In-process token bucket per client address: enough for typing with suggestions
 * (a debounced box sends a few requests a second), not for scraping the catalog. Each
 * server process counts on its own, so with N servers a client gets N times the rate;
 * a shared limit (Redis) belongs with REDIS_URL when the market scales out.
 */
const CAPACITY = 30
const REFILL_PER_SECOND = 5
const MAX_CLIENTS = 10_000

type Bucket = { tokens: number; at: number }
const buckets = new Map<string, Bucket>()

/** Takes one token for `client`; false when its bucket is empty. */
export function takeToken(client: string, now = Date.now()): boolean {
  const bucket = buckets.get(client) ?? { tokens: CAPACITY, at: now }
  const tokens = Math.min(CAPACITY, bucket.tokens + ((now - bucket.at) / 1000) * REFILL_PER_SECOND)
  if (buckets.size >= MAX_CLIENTS && !buckets.has(client)) {
    // Forget the oldest client rather than grow without bound under many addresses.
    const oldest = buckets.keys().next().value
    if (oldest !== undefined) {
      buckets.delete(oldest)
    }
  }
  buckets.delete(client)
  if (tokens < 1) {
    buckets.set(client, { tokens, at: now })
    return false
  }
  buckets.set(client, { tokens: tokens - 1, at: now })
  return true
}

/** Answers 429 with a Vietnamese message once a client's bucket is empty. */
export function rateLimitSearch(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (takeToken(req.ip ?? "unknown")) {
    return next()
  }
  res.setHeader("Retry-After", "1")
  // Medusa's error types have no 429, so the answer is written here in its error shape.
  res.status(429).json({ type: "too_many_requests", message: "Bạn tìm kiếm quá nhanh, vui lòng thử lại sau giây lát." })
}
