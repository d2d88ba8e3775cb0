import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateSellerBody, validateSellerQuery } from "@/api/seller/validate-body"
import { AdminListProducers, AdminProducerAuditLog, AdminReadHouseholdStatus, AdminVerifyProducer } from "./validators"

export const adminProducersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/producers", middlewares: [validateSellerQuery(AdminListProducers)] },
  { method: ["POST"], matcher: "/admin/producers/:id/verify", middlewares: [validateAndTransformBody(AdminVerifyProducer)] },
  { method: ["GET"], matcher: "/admin/producers/:id/audit-log", middlewares: [validateSellerQuery(AdminProducerAuditLog)] },
  { method: ["POST"], matcher: "/admin/producers/:id/status-read", middlewares: [validateSellerBody(AdminReadHouseholdStatus)] },
]
