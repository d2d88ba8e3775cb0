import type { MedusaContainer } from "@medusajs/framework/types"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { loadEnv } from "@/lib/env"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"
import { planHouseholdParcels } from "./plan-household-parcels"
import { loadOrderForSplit } from "./steps/load-order-for-split"
import { recordEarnings } from "./record-earnings"

export type SplitResult = { parcelIds: string[]; earningIds: string[] }

/**
 * One parcel per household for a new order. A card is only authorised until the order
 * exists (so a checkout that fails, say out of stock, never charges anyone); here, with the
 * order made, the whole amount is captured and the households' earnings written at once. An order split before is left as it is (unique per household), so a
 * cart completed twice, or by a webhook and the storefront at once, is split once.
 */
export async function splitOrderByHousehold(container: MedusaContainer, orderId: string): Promise<SplitResult> {
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  if ((await sale.listHouseholdParcels({ order_id: orderId })).length) {
    return { parcelIds: [], earningIds: [] }
  }
  const { order, households } = await loadOrderForSplit(container, orderId)
  let plans = planHouseholdParcels(order, households, loadEnv().PLATFORM_FEE_BPS)
  if (order.payment_method === "stripe" && !order.paid && order.payment_id) {
    const amount = plans.reduce((sum, plan) => sum + plan.items_total + plan.shipping_total, 0)
    await capturePaymentWorkflow(container).run({ input: { payment_id: order.payment_id, amount } })
    plans = plans.map((plan) => ({ ...plan, paid: true }))
  }
  // The model stores the lines as a JSON array.
  const parcels = await sale.createHouseholdParcels(
    plans.map((plan) => ({ ...plan, items: plan.items as unknown as Record<string, unknown> }))
  )
  const earningIds = await recordEarnings(container, parcels.filter((parcel) => parcel.paid))
  return { parcelIds: parcels.map((parcel) => parcel.id), earningIds }
}

/** Compensation: removes exactly what splitOrderByHousehold created. */
export async function undoSplit(container: MedusaContainer, result: SplitResult | undefined): Promise<void> {
  if (!result) return
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  if (result.earningIds.length) await sale.deletePayoutEntries(result.earningIds)
  if (result.parcelIds.length) await sale.deleteHouseholdParcels(result.parcelIds)
}
