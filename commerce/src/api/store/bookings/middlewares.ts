import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerBody } from "@/api/seller/validate-body"
import { CancelBookingBody } from "./validators"

export const storeBookingsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/bookings/cancel", middlewares: [validateSellerBody(CancelBookingBody)] },
]
