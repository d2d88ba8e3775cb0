import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerBody } from "@/api/seller/validate-body"
import { ConfirmTransferBody, EmptyBody } from "./validators"

export const adminVietQrMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/vietqr/confirm", middlewares: [validateSellerBody(ConfirmTransferBody)] },
  { method: ["POST"], matcher: "/admin/vietqr/cancel-overdue", middlewares: [validateSellerBody(EmptyBody)] },
]
