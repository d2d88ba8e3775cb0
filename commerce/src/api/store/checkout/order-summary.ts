import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { loadEnv } from "@/lib/env"
import { findProvince } from "@/lib/vn/provinces"
import { SALE_MODULE } from "@/modules/sale"
import { orderNumber } from "@/modules/sale/order-number"
import { toDong } from "@/modules/sale/to-dong"
import { paymentMethodOf } from "@/modules/sale/payment-method"
import type SaleModuleService from "@/modules/sale/service"
import type { VietQrData } from "@/modules/payment-vietqr/service"
import { fetchOrderRow } from "@/workflows/sale/fetch-order-row"

/**
 * What the buyer sees of a purchase: one order, its parcels per household with their
 * progress, how it is paid and, for a transfer still due, the QR to pay it. Only for
 * callers who proved they are the buyer (cart token, or order number with phone).
 */
export async function orderSummary(scope: MedusaContainer, orderId: string) {
  const order = await fetchOrderRow(scope, { id: orderId })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${orderId}.`)
  }
  const sale: SaleModuleService = scope.resolve(SALE_MODULE)
  const parcels = await sale.listHouseholdParcels({ order_id: order.id }, { order: { created_at: "ASC" } })
  const payment = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])[0]
  const method = paymentMethodOf(payment?.provider_id)
  const cancelled = order.status === "canceled"
  const paid = !cancelled && parcels.length > 0 && parcels.every((parcel) => parcel.paid)
  const status = cancelled ? "cancelled" : paid ? "paid" : "pending"
  const vietqr = method === "vietqr" && status === "pending" && payment?.data ? (payment.data as unknown as VietQrData) : undefined
  const address = order.shipping_address
  const createdAt = new Date(order.created_at)
  return {
    number: orderNumber(order.display_id),
    display_id: order.display_id,
    created_at: createdAt.toISOString(),
    total: toDong(order.total),
    item_total: toDong(order.item_total),
    shipping_total: toDong(order.shipping_total),
    payment: {
      method,
      status,
      ...(vietqr
        ? {
            vietqr: {
              payload: vietqr.payload,
              bank_name: vietqr.bank_name,
              account_number: vietqr.account_number,
              account_name: vietqr.account_name,
              amount: vietqr.amount,
              reference: vietqr.reference,
              pay_before: new Date(createdAt.getTime() + loadEnv().VIETQR_PAYMENT_WINDOW_MINUTES * 60_000).toISOString(),
            },
          }
        : {}),
    },
    delivery: {
      name: address?.first_name ?? "",
      phone: address?.phone ?? "",
      province_code: address?.province ?? "",
      province_name: findProvince(address?.province ?? "")?.name ?? "",
      ward: address?.city ?? "",
      street: address?.address_1 ?? "",
    },
    parcels: parcels.map((parcel) => ({
      producer: { handle: parcel.producer_handle, name: parcel.producer_name },
      status: parcel.status,
      carrier: parcel.carrier,
      tracking_code: parcel.tracking_code,
      items: (parcel.items as unknown as Array<{ title: string; variant_title: string | null; quantity: number; total: number }>).map(
        (item) => ({ title: item.title, variant_title: item.variant_title, quantity: item.quantity, total: item.total })
      ),
      shipping: parcel.shipping_total,
    })),
  }
}

export type OrderSummary = Awaited<ReturnType<typeof orderSummary>>
