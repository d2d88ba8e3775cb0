import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findProvince } from "@/lib/vn/provinces"
import { SALE_MODULE } from "@/modules/sale"
import { orderNumber } from "@/modules/sale/order-number"
import type SaleModuleService from "@/modules/sale/service"

type Address = { first_name: string | null; phone: string | null; province: string | null; city: string | null; address_1: string | null }

/**
 * A household's parcels, newest first: only its own lines and amounts, with the buyer's
 * name, phone and address so it can send them. Nothing of other households in the order.
 */
export async function listHouseholdOrders(scope: MedusaContainer, producerId: string, parcelId?: string) {
  const sale: SaleModuleService = scope.resolve(SALE_MODULE)
  const parcels = await sale.listHouseholdParcels(
    { producer_id: producerId, ...(parcelId ? { id: parcelId } : {}) },
    { order: { created_at: "DESC" }, take: 200 }
  )
  const orderIds = [...new Set(parcels.map((parcel) => parcel.order_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "shipping_address.first_name", "shipping_address.phone", "shipping_address.province", "shipping_address.city", "shipping_address.address_1"],
        filters: { id: orderIds },
      })
    : { data: [] }
  const addresses = new Map((data as Array<{ id: string; shipping_address: Address | null }>).map((o) => [o.id, o.shipping_address]))
  return parcels.map((parcel) => {
    const address = addresses.get(parcel.order_id)
    return {
      id: parcel.id,
      number: orderNumber(parcel.order_display_id),
      created_at: parcel.created_at,
      status: parcel.status,
      payment_method: parcel.payment_method,
      paid: parcel.paid,
      items: parcel.items,
      items_total: parcel.items_total,
      shipping_total: parcel.shipping_total,
      fee: parcel.fee,
      payout_amount: parcel.payout_amount,
      weight_grams: parcel.weight_grams,
      carrier: parcel.carrier,
      tracking_code: parcel.tracking_code,
      delivery: {
        name: address?.first_name ?? "",
        phone: address?.phone ?? "",
        province_name: findProvince(address?.province ?? "")?.name ?? "",
        ward: address?.city ?? "",
        street: address?.address_1 ?? "",
      },
    }
  })
}
