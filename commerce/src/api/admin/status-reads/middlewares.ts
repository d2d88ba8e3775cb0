import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerQuery } from "@/api/seller/validate-body"
import { AdminStatusReads } from "./validators"

export const adminStatusReadsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/status-reads", middlewares: [validateSellerQuery(AdminStatusReads)] },
]
