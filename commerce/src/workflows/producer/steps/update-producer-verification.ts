import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type { VERIFICATION_STATUSES } from "@/modules/producer/models/producer"
import type ProducerModuleService from "@/modules/producer/service"

export type UpdateProducerVerificationInput = {
  producer_id: string
  verification_status: (typeof VERIFICATION_STATUSES)[number]
}

export const updateProducerVerificationStepId = "update-producer-verification"

/** Sets a household's verification; compensation puts the previous status back. */
export const updateProducerVerificationStep = createStep(
  updateProducerVerificationStepId,
  async (input: UpdateProducerVerificationInput, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await service.retrieveProducer(input.producer_id)
    const producer = await service.updateProducers({ id: input.producer_id, verification_status: input.verification_status })
    return new StepResponse(producer, { id: before.id, verification_status: before.verification_status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.updateProducers(previous)
  }
)
