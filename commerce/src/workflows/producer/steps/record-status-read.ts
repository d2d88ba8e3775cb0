import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"

export type RecordStatusReadInput = {
  user_id: string
  user_email: string | null
  purpose: "household" | "impact_report"
  producer_id: string | null
  producer_handle: string | null
  reason: string
}

export const recordStatusReadStepId = "record-status-read"

/** Writes the audit entry of a read of households' status; undone if the read fails after it. */
export const recordStatusReadStep = createStep(
  recordStatusReadStepId,
  async (input: RecordStatusReadInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const read = await producers.createStatusReads(input)
    return new StepResponse(read, read.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteStatusReads(id)
  }
)
