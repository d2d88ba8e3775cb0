import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "zod"

const NoBody = z.object({}).strict()

export const adminSellersMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/sellers/:id/disable", middlewares: [validateAndTransformBody(NoBody)] },
  { method: ["POST"], matcher: "/admin/sellers/:id/enable", middlewares: [validateAndTransformBody(NoBody)] },
]
