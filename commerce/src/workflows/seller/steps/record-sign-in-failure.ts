import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"

export const recordSignInFailureStepId = "record-sign-in-failure"

/** Counts one failed sign-in for a phone and address; compensation removes it. */
export const recordSignInFailureStep = createStep(
  recordSignInFailureStepId,
  async (input: { phone: string; ip: string }, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const failure = await service.createSignInFailures(input)
    return new StepResponse(failure.id, failure.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteSignInFailures([id])
  }
)
