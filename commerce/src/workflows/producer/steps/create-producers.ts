import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type { HOUSEHOLD_STATUSES, VERIFICATION_STATUSES } from "@/modules/producer/models/producer"
import type ProducerModuleService from "@/modules/producer/service"

export type CreateProducerInput = {
  handle: string
  name: string
  area: string
  area_name: string
  ethnicity?: string | null
  story_vi?: string | null
  story_en?: string | null
  public_profile_consent?: boolean
  consent_updated_at?: Date | null
  verification_status?: (typeof VERIFICATION_STATUSES)[number]
  household_status?: (typeof HOUSEHOLD_STATUSES)[number] | null
  phone?: string | null
  helper_team_id?: string | null
}

export const createProducersStepId = "create-producers"

/** Creates households; compensation deletes exactly the households it created. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (input: CreateProducerInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const producers = await service.createProducers(input)
    return new StepResponse(
      producers,
      producers.map((producer) => producer.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteProducers(createdIds)
  }
)
