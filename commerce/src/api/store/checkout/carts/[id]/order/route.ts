import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderIdOfCart } from "../../../order-of-cart"
import { orderSummary } from "../../../order-summary"

/** After a card payment the order appears when Stripe's webhook has arrived; the page polls here. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const orderId = await orderIdOfCart(req.scope, req.params.id)
  if (!orderId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Đơn hàng chưa được tạo. Đang chờ xác nhận thanh toán.")
  }
  res.json({ order: await orderSummary(req.scope, orderId) })
}
