import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { loadEnv } from "@/lib/env"
import { SALE_MODULE } from "@/modules/sale"
import { orderNumber } from "@/modules/sale/order-number"
import type SaleModuleService from "@/modules/sale/service"

/**
 * VietQR orders whose transfer did not arrive within the payment window are cancelled:
 * Medusa's cancellation releases their reserved stock and cancels the pending payment, and
 * their parcels are marked cancelled so no household sends them. Returns the order numbers.
 */
export async function cancelOverdueTransfers(
  container: MedusaContainer,
  now = new Date(),
  windowMinutes = loadEnv().VIETQR_PAYMENT_WINDOW_MINUTES
): Promise<string[]> {
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  const due = new Date(now.getTime() - windowMinutes * 60_000)
  const overdue = await sale.listHouseholdParcels({
    payment_method: "vietqr",
    paid: false,
    status: ["new", "packed"],
    created_at: { $lt: due },
  })
  const orders = new Map<string, number>()
  for (const parcel of overdue) orders.set(parcel.order_id, parcel.order_display_id)
  const cancelled: string[] = []
  for (const [orderId, displayId] of orders) {
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    const parcels = await sale.listHouseholdParcels({ order_id: orderId })
    await sale.updateHouseholdParcels(parcels.map((parcel) => ({ id: parcel.id, status: "cancelled" as const })))
    cancelled.push(orderNumber(displayId))
  }
  return cancelled
}
