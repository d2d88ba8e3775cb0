import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListDestinations } from "./validators"

export const storeDestinationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/destinations",
    middlewares: [validateAndTransformQuery(StoreListDestinations, { isList: true, defaultLimit: 50 })],
  },
]
