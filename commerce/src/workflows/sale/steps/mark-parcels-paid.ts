import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"

export const markParcelsPaidStepId = "mark-parcels-paid"

/** Marks parcels paid; compensation marks unpaid again only those this step changed. */
export const markParcelsPaidStep = createStep(
  markParcelsPaidStepId,
  async (input: { ids: string[] }, { container }) => {
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    const unpaid = (await sale.listHouseholdParcels({ id: input.ids, paid: false })).map((parcel) => parcel.id)
    const updated = unpaid.length ? await sale.updateHouseholdParcels(unpaid.map((id) => ({ id, paid: true }))) : []
    return new StepResponse(updated, unpaid)
  },
  async (changed, { container }) => {
    if (!changed?.length) return
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    await sale.updateHouseholdParcels(changed.map((id) => ({ id, paid: false })))
  }
)
