import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { isCancellable, vietnamToday, vietnameseDate } from "@/lib/experience/dates"
import { bookingDateOf, EXPERIENCE_KIND } from "@/lib/experience/kind"
import { experienceSettings } from "@/lib/experience/settings"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"

type OrderLines = {
  id: string
  status: string
  items: Array<{ title: string; metadata: Record<string, unknown> | null }>
}

/**
 * A visitor cancels a booking-only order up to `EXPERIENCE_CANCEL_DAYS` days before its
 * earliest date. Medusa's order cancellation releases the reserved places and cancels (or
 * refunds) the payment; the household's parcel is marked cancelled so it expects no guests.
 * An order that also holds goods is refused: cancelling only part of it is the operator's job.
 */
export async function cancelBooking(container: MedusaContainer, orderId: string, now = new Date()): Promise<void> {
  const locking = container.resolve(Modules.LOCKING)
  await locking.execute(`booking-cancel:${orderId}`, async () => {
    const order = await loadOrderLines(container, orderId)
    assertCancellable(order, vietnamToday(now), experienceSettings().cancelDays)
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    const parcels = await sale.listHouseholdParcels({ order_id: orderId })
    if (parcels.some((parcel) => parcel.status === "shipped" || parcel.status === "delivered")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Hộ đã đón khách cho đơn này nên không huỷ được. Vui lòng gọi cho hộ.")
    }
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    await sale.updateHouseholdParcels(parcels.map((parcel) => ({ id: parcel.id, status: "cancelled" as const })))
  })
}

async function loadOrderLines(container: MedusaContainer, orderId: string): Promise<OrderLines> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "items.title", "items.metadata"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderLines | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${orderId}.`)
  }
  return order
}

/** The rules in words a visitor understands; pure apart from the order it reads. */
export function assertCancellable(order: OrderLines, today: string, cancelDays: number): void {
  if (order.status === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn này đã được huỷ rồi.")
  }
  const dates = order.items.map((item) => (item.metadata?.kind === EXPERIENCE_KIND ? bookingDateOf(item.metadata) : null))
  if (!dates.length || dates.some((date) => date === null)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Đơn này có cả hàng hoá, không chỉ đặt chỗ, nên không tự huỷ được. Vui lòng gọi cho chợ để được giúp."
    )
  }
  const earliest = (dates as string[]).sort()[0]
  if (!isCancellable(earliest, today, cancelDays)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Đã quá hạn huỷ: chỉ huỷ được trước ngày đến (${vietnameseDate(earliest)}) ít nhất ${cancelDays} ngày. Vui lòng gọi cho hộ.`
    )
  }
}
