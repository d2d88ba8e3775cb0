import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerBody } from "@/api/seller/validate-body"
import { MyDataEraseBody, MyDataExportBody } from "./validators"

export const storeMyDataMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/my-data/export", middlewares: [validateSellerBody(MyDataExportBody)] },
  { method: ["POST"], matcher: "/store/my-data/erase", middlewares: [validateSellerBody(MyDataEraseBody)] },
]
