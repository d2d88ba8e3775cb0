import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerQuery } from "@/api/seller/validate-body"
import { AdminImpactQuery } from "./validators"

export const adminImpactMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/impact", middlewares: [validateSellerQuery(AdminImpactQuery)] },
  { method: ["GET"], matcher: "/admin/impact/csv", middlewares: [validateSellerQuery(AdminImpactQuery)] },
]
