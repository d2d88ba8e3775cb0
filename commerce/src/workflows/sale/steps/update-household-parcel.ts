import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"

export type UpdateHouseholdParcelInput = { id: string; update: Record<string, unknown> }

export const updateHouseholdParcelStepId = "update-household-parcel"

/** Compensation puts back the fields it changed, as they were. */
export const updateHouseholdParcelStep = createStep(
  updateHouseholdParcelStepId,
  async (input: UpdateHouseholdParcelInput, { container }) => {
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    const before = await sale.retrieveHouseholdParcel(input.id)
    const previous = Object.fromEntries(Object.keys(input.update).map((key) => [key, (before as Record<string, unknown>)[key] ?? null]))
    const updated = await sale.updateHouseholdParcels({ id: input.id, ...input.update })
    return new StepResponse(updated, { id: input.id, previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    await sale.updateHouseholdParcels({ id: snapshot.id, ...snapshot.previous })
  }
)
