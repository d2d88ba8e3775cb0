import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerBody } from "@/api/seller/validate-body"
import { RecordPayoutBody } from "./validators"

export const adminPayoutsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/payouts", middlewares: [validateSellerBody(RecordPayoutBody)] },
]
