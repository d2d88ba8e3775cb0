import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchOrderRow } from "@/workflows/sale/fetch-order-row"
import { loadEnv } from "@/lib/env"
import { SALE_MODULE } from "@/modules/sale"
import { orderNumber } from "@/modules/sale/order-number"
import type SaleModuleService from "@/modules/sale/service"
import { toDong } from "@/modules/sale/to-dong"
import type { VietQrData } from "@/modules/payment-vietqr/service"

/** Transfers the operator is waiting for: order number, exact amount, reference and deadline. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sale: SaleModuleService = req.scope.resolve(SALE_MODULE)
  const unpaid = await sale.listHouseholdParcels(
    { payment_method: "vietqr", paid: false, status: ["new", "packed"] },
    { order: { created_at: "ASC" }, take: 500 }
  )
  const orderIds = [...new Set(unpaid.map((parcel) => parcel.order_id))]
  const windowMs = loadEnv().VIETQR_PAYMENT_WINDOW_MINUTES * 60_000
  const transfers = []
  for (const orderId of orderIds) {
    const order = await fetchOrderRow(req.scope, { id: orderId })
    if (!order || order.status === "canceled") continue
    const payment = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])[0]
    const data = (payment?.data ?? {}) as Partial<VietQrData>
    const created = new Date(order.created_at)
    transfers.push({
      number: orderNumber(order.display_id),
      amount: toDong(order.total),
      reference: data.reference ?? null,
      created_at: created.toISOString(),
      pay_before: new Date(created.getTime() + windowMs).toISOString(),
      households: unpaid.filter((parcel) => parcel.order_id === orderId).map((parcel) => parcel.producer_name),
    })
  }
  res.json({ transfers })
}
