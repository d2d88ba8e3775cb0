import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"
import { recordEarnings } from "../record-earnings"

export type RecordParcelEarningsInput = {
  parcels: Array<{ id: string; producer_id: string; order_display_id: number; payout_amount: number }>
}

export const recordParcelEarningsStepId = "record-parcel-earnings"

/** The ledger's `earning` rows for parcels just paid; compensation removes only those written here. */
export const recordParcelEarningsStep = createStep(
  recordParcelEarningsStepId,
  async (input: RecordParcelEarningsInput, { container }) => {
    const ids = await recordEarnings(container, input.parcels)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    await sale.deletePayoutEntries(ids)
  }
)
