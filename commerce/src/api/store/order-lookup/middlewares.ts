import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerBody } from "@/api/seller/validate-body"
import { OrderLookupBody } from "./validators"

export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/order-lookup", middlewares: [validateSellerBody(OrderLookupBody)] },
]
