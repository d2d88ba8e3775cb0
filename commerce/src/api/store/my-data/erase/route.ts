import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ordersInProgress } from "@/lib/buyer-data/erasable"
import { normalizeCheckoutPhone } from "@/lib/vn/checkout-address"
import { orderNumber } from "@/modules/sale/order-number"
import { eraseBuyerDataWorkflow } from "@/workflows/buyer-data/erase-buyer-data"
import { findBuyerOrderIds } from "@/workflows/buyer-data/find-buyer-orders"
import { orderStates } from "@/workflows/buyer-data/read-buyer-data"
import { buyersOrder } from "../../order-lookup/buyers-order"

/**
 * A buyer asks to be forgotten: their name, phone, address and e-mail leave every order sent
 * to that phone and the messages sent to it. Refused while an order is still on its way (the
 * household needs the address), with the orders named; goods and amounts stay for the books.
 */
export async function POST(req: MedusaRequest<{ number: string; phone: string; confirm: true }>, res: MedusaResponse) {
  const order = await buyersOrder(req, res)
  if (!order) return
  const phone = normalizeCheckoutPhone(order.shipping_address?.phone ?? "") ?? ""
  const orderIds = await findBuyerOrderIds(req.scope, phone)
  const waiting = ordersInProgress(await orderStates(req.scope, orderIds))
  if (waiting.length > 0) {
    const numbers = waiting.map(orderNumber).join(", ")
    res.status(409).json({
      type: "conflict",
      message: `Đơn ${numbers} chưa giao xong, người bán còn cần địa chỉ của bạn. Khi nhận hàng xong (hoặc huỷ đơn), hãy xoá lại.`,
      orders_in_progress: waiting.map(orderNumber),
    })
    return
  }
  const { result } = await eraseBuyerDataWorkflow(req.scope).run({ input: { order_ids: orderIds, phone } })
  res.json({
    erased_orders: result.orders,
    erased_messages: result.messages,
    message: `Đã xoá tên, số điện thoại và địa chỉ của bạn khỏi ${result.orders} đơn. Món hàng và số tiền vẫn được giữ để làm sổ sách theo luật.`,
  })
}
