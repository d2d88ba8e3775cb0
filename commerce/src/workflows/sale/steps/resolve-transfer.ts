import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { fetchOrderRow } from "@/workflows/sale/fetch-order-row"
import { SALE_MODULE } from "@/modules/sale"
import { formatDong } from "@/modules/sale/format-dong"
import { orderNumber, parseOrderNumber } from "@/modules/sale/order-number"
import type SaleModuleService from "@/modules/sale/service"
import { toDong } from "@/modules/sale/to-dong"

export type ResolveTransferInput = { number: string; amount: number }

export const resolveTransferStepId = "resolve-transfer"

/**
 * The VietQR order a transfer pays, only if it can be confirmed: the amount must match the
 * order to the đồng; a second confirmation, or a transfer for an order already cancelled
 * (too late), is refused with what the operator should do instead.
 */
export const resolveTransferStep = createStep(resolveTransferStepId, async (input: ResolveTransferInput, { container }) => {
  const displayId = parseOrderNumber(input.number)
  const order = displayId ? await fetchOrderRow(container, { display_id: displayId }) : undefined
  if (!order || !displayId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có đơn hàng số ${input.number}.`)
  }
  const number = orderNumber(displayId)
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  const parcels = await sale.listHouseholdParcels({ order_id: order.id })
  if (!parcels.length || parcels[0].payment_method !== "vietqr") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Đơn ${number} không trả bằng chuyển khoản VietQR.`)
  }
  if (order.status === "canceled") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Đơn ${number} đã bị huỷ vì quá hạn chuyển khoản. Tiền đến muộn: hãy hoàn lại cho người mua.`
    )
  }
  if (parcels.every((parcel) => parcel.paid)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Đơn ${number} đã được xác nhận trả tiền rồi. Nếu nhận tiền lần hai, hãy hoàn lại.`)
  }
  const total = toDong(order.total)
  if (input.amount !== total) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Số tiền không khớp: đơn ${number} cần ${formatDong(total)}, đã nhận ${formatDong(input.amount)}. Chưa xác nhận.`
    )
  }
  return new StepResponse({ order_id: order.id, number, total, parcels })
})
