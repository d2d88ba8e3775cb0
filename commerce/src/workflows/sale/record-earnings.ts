import type { MedusaContainer } from "@medusajs/framework/types"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"

type PaidParcel = { id: string; producer_id: string; order_display_id: number; payout_amount: number }

/**
 * Writes one `earning` per parcel whose money has been collected; a parcel that already has
 * one is skipped (the ledger also refuses a second by a unique index). Returns the new ids.
 */
export async function recordEarnings(container: MedusaContainer, parcels: PaidParcel[]): Promise<string[]> {
  if (!parcels.length) return []
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  const existing = await sale.listPayoutEntries({ parcel_id: parcels.map((parcel) => parcel.id), kind: "earning" })
  const done = new Set(existing.map((entry) => entry.parcel_id))
  const fresh = parcels.filter((parcel) => !done.has(parcel.id))
  if (!fresh.length) return []
  const created = await sale.createPayoutEntries(
    fresh.map((parcel) => ({
      producer_id: parcel.producer_id,
      kind: "earning" as const,
      amount: parcel.payout_amount,
      parcel_id: parcel.id,
      order_display_id: parcel.order_display_id,
    }))
  )
  return created.map((entry) => entry.id)
}
