import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"
import { orderIdOfCart } from "../../../order-of-cart"
import { orderSummary } from "../../../order-summary"

/**
 * After a card payment the order appears when Stripe's webhook has arrived; the page polls
 * here. Medusa links the order to the cart before it authorises the payment and the order is
 * split, so the order counts as placed only once its parcels exist: never half an order.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const orderId = await orderIdOfCart(req.scope, req.params.id)
  const sale: SaleModuleService = req.scope.resolve(SALE_MODULE)
  const split = orderId ? (await sale.listHouseholdParcels({ order_id: orderId }, { take: 1 })).length > 0 : false
  if (!orderId || !split) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Đơn hàng chưa được tạo. Đang chờ xác nhận thanh toán.")
  }
  res.json({ order: await orderSummary(req.scope, orderId) })
}
