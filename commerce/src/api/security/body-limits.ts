import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * JSON (and form or text) bodies are capped per API: Express's own default is 100 KB for
 * every route. A buyer's cart, address or checkout fits in a few KB, a household's listing
 * with its story in well under 64 KB; anything bigger is a mistake or an attack, refused with
 * 413 before any route runs, so nothing is saved. Photos are raw bodies read by their own
 * routes (bodyParser: false, with their own cap); those more specific entries win over these.
 * The admin keeps Medusa's limits, which its batch routes raise where they need to.
 */
export const STORE_BODY_LIMIT = "32kb"
export const SELLER_BODY_LIMIT = "64kb"

export const bodyLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/*", bodyParser: { sizeLimit: STORE_BODY_LIMIT } },
  { matcher: "/seller/*", bodyParser: { sizeLimit: SELLER_BODY_LIMIT } },
  { matcher: "/auth/*", bodyParser: { sizeLimit: STORE_BODY_LIMIT } },
]
