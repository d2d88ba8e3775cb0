import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimitSearch } from "./rate-limit"
import { validateSearchQuery } from "./validate-query"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/search", middlewares: [rateLimitSearch, validateSearchQuery] },
]
