import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import type DestinationModuleService from "@/modules/destination/service"

export const ensureDestinationExistsStepId = "ensure-destination-exists"

/** Reads the destination a write is about, or answers 404 in Vietnamese; nothing to undo. */
export const ensureDestinationExistsStep = createStep(
  ensureDestinationExistsStepId,
  async (id: string, { container }) => {
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    const [found] = await service.listDestinations({ id }, { take: 1 })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm đến ${id}`)
    }
    return new StepResponse(found)
  }
)
