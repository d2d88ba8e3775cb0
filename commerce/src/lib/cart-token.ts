import { createHmac, timingSafeEqual } from "node:crypto"
import { loadEnv } from "@/lib/env"

/**
 * A cart is reachable only with its token: an HMAC of the cart id under the server's cookie
 * secret, handed to the browser that created the cart. Knowing a cart id (they appear in
 * logs and payment metadata) is not enough to read its address or act on it.
 */
export function cartToken(cartId: string, secret = loadEnv().COOKIE_SECRET): string {
  return createHmac("sha256", secret).update(`cart:${cartId}`).digest("base64url")
}

export function isValidCartToken(cartId: string, token: unknown, secret = loadEnv().COOKIE_SECRET): boolean {
  if (typeof token !== "string" || !token) {
    return false
  }
  const expected = Buffer.from(cartToken(cartId, secret))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
