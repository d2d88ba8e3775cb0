import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import type { DESTINATION_STATUSES } from "@/modules/destination/models/destination"
import type DestinationModuleService from "@/modules/destination/service"

export type CreateDestinationInput = {
  slug: string
  title: string
  title_en: string
  summary: string
  summary_en: string
  body: string
  body_en?: string | null
  area: string
  latitude: number
  longitude: number
  coordinates_approximate: boolean
  best_season?: string | null
  how_to_get_there?: string | null
  how_to_get_there_en?: string | null
  status?: (typeof DESTINATION_STATUSES)[number]
  published_at?: Date | null
  author?: string | null
}

export const createDestinationsStepId = "create-destinations"

/** Creates destination pages; compensation deletes exactly the pages it created. */
export const createDestinationsStep = createStep(
  createDestinationsStepId,
  async (input: CreateDestinationInput[], { container }) => {
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    const destinations = await service.createDestinations(input)
    return new StepResponse(
      destinations,
      destinations.map((destination) => destination.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    await service.deleteDestinations(createdIds)
  }
)
