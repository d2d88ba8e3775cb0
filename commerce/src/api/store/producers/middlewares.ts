import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListProducers } from "./validators"

export const storeProducersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producers",
    middlewares: [validateAndTransformQuery(StoreListProducers, { isList: true, defaultLimit: 50 })],
  },
]
