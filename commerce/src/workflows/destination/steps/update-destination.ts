import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import type DestinationModuleService from "@/modules/destination/service"
import type { CreateDestinationInput } from "./create-destinations"

export type DestinationChanges = Partial<Omit<CreateDestinationInput, "slug">> & {
  slug?: string
  how_to_get_there?: string | null
  how_to_get_there_en?: string | null
  cover?: Record<string, unknown> | null
  gallery?: Record<string, unknown> | null
}

export type UpdateDestinationStepInput = { id: string; changes: DestinationChanges }

type Snapshot = { id: string } & Record<string, unknown>

export const updateDestinationStepId = "update-destination"

/** Changes one destination; compensation puts back the previous value of every field it changed. */
export const updateDestinationStep = createStep(
  updateDestinationStepId,
  async ({ id, changes }: UpdateDestinationStepInput, { container }) => {
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    const fields = Object.keys(changes)
    const before = (await service.retrieveDestination(id, { select: ["id", ...fields] })) as unknown as Snapshot
    const previous: Snapshot = { id }
    for (const field of fields) previous[field] = before[field]
    const updated = await service.updateDestinations({ id, ...changes })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    await service.updateDestinations(previous)
  }
)
