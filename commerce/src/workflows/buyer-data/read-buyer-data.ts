import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { SALE_MODULE } from "@/modules/sale"
import { orderNumber } from "@/modules/sale/order-number"
import type SaleModuleService from "@/modules/sale/service"
import { toDong } from "@/modules/sale/to-dong"

type OrderData = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  email: string | null
  total: unknown
  shipping_total: unknown
  shipping_address: Record<string, string | null> | null
  items: { title: string; variant_title: string | null; unit_price: unknown; detail?: { quantity: unknown } }[]
}

/** Everything the market keeps about the buyer of these orders, as a person would read it. */
export async function readBuyerData(scope: MedusaContainer, orderIds: string[], phone: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "status", "created_at", "email", "total", "shipping_total",
      "shipping_address.first_name", "shipping_address.phone", "shipping_address.province",
      "shipping_address.city", "shipping_address.address_1",
      "items.title", "items.variant_title", "items.unit_price", "items.detail.quantity",
    ],
    filters: { id: orderIds },
  })
  const sale: SaleModuleService = scope.resolve(SALE_MODULE)
  const parcels = orderIds.length ? await sale.listHouseholdParcels({ order_id: orderIds }) : []
  const db: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const messages: { channel: string; template: string | null; created_at: Date }[] = await db("notification")
    .where("to", phone)
    .select("channel", "template", "created_at")
    .orderBy("created_at")
  return {
    exported_at: new Date().toISOString(),
    about: "Dữ liệu Chợ Phiên giữ về bạn: các đơn gửi tới số điện thoại này và tin nhắn đã gửi.",
    phone,
    orders: (data as unknown as OrderData[])
      .sort((a, b) => a.display_id - b.display_id)
      .map((order) => ({
        number: orderNumber(order.display_id),
        placed_at: order.created_at,
        status: order.status,
        email: order.email,
        deliver_to: order.shipping_address,
        items: order.items.map((item) => ({
          title: item.title,
          choice: item.variant_title,
          quantity: Number(item.detail?.quantity ?? 0),
          unit_price: toDong(item.unit_price),
        })),
        shipping_total: toDong(order.shipping_total),
        total: toDong(order.total),
        parcels: parcels
          .filter((parcel) => parcel.order_id === order.id)
          .map((parcel) => ({ household: parcel.producer_name, status: parcel.status, carrier: parcel.carrier, tracking_code: parcel.tracking_code })),
      })),
    messages: messages.map((m) => ({ channel: m.channel, template: m.template, sent_at: m.created_at })),
  }
}

/** The erasure's judge needs each order's state and its parcels' states. */
export async function orderStates(scope: MedusaContainer, orderIds: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "status"], filters: { id: orderIds } })
  const sale: SaleModuleService = scope.resolve(SALE_MODULE)
  const parcels = orderIds.length ? await sale.listHouseholdParcels({ order_id: orderIds }) : []
  return (data as unknown as { id: string; display_id: number; status: string }[]).map((order) => ({
    display_id: order.display_id,
    status: order.status,
    parcel_statuses: parcels.filter((parcel) => parcel.order_id === order.id).map((parcel) => parcel.status as string),
  }))
}
