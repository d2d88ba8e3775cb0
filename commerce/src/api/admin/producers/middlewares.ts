import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateSellerQuery } from "@/api/seller/validate-body"
import { AdminProducerAuditLog, AdminVerifyProducer } from "./validators"

export const adminProducersMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/producers/:id/verify", middlewares: [validateAndTransformBody(AdminVerifyProducer)] },
  { method: ["GET"], matcher: "/admin/producers/:id/audit-log", middlewares: [validateSellerQuery(AdminProducerAuditLog)] },
]
