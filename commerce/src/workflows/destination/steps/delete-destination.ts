import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import type DestinationModuleService from "@/modules/destination/service"

export const deleteDestinationStepId = "delete-destination"

/** Soft-deletes a destination; compensation restores it. */
export const deleteDestinationStep = createStep(
  deleteDestinationStepId,
  async (id: string, { container }) => {
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    await service.softDeleteDestinations(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    await service.restoreDestinations(id)
  }
)
