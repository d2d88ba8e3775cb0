import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SALE_MODULE } from "@/modules/sale"
import { nextParcelState, type ParcelActionInput } from "@/modules/sale/parcel-status"
import type SaleModuleService from "@/modules/sale/service"

export type PlanParcelChangeInput = { producer_id: string; parcel_id: string; change: ParcelActionInput }

export const planParcelChangeStepId = "plan-parcel-change"

const STAMP = { packed: "packed_at", shipped: "shipped_at", delivered: "delivered_at" } as const

/**
 * The household's own parcel and what the action makes of it. Another household's parcel is
 * "not found", so a seller cannot learn which orders others have.
 */
export const planParcelChangeStep = createStep(planParcelChangeStepId, async (input: PlanParcelChangeInput, { container }) => {
  const sale: SaleModuleService = container.resolve(SALE_MODULE)
  const [parcel] = await sale.listHouseholdParcels({ id: input.parcel_id, producer_id: input.producer_id })
  if (!parcel) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy gói hàng ${input.parcel_id}.`)
  }
  const change = nextParcelState(parcel, input.change)
  const update = {
    status: change.status,
    [STAMP[change.status]]: new Date(),
    ...(change.carrier !== undefined ? { carrier: change.carrier, tracking_code: change.tracking_code ?? null } : {}),
    ...(change.collect_cash ? { paid: true } : {}),
  }
  return new StepResponse({ parcel, update, collect_cash: change.collect_cash })
})
