import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateProducerInput, createProducersStep } from "./steps/create-producers"

export type CreateProducersWorkflowInput = { producers: CreateProducerInput[] }

/** Registers households in the producer module (their products are linked separately). */
export const createProducersWorkflow = createWorkflow(
  "create-producers",
  (input: CreateProducersWorkflowInput) => {
    const producers = createProducersStep(input.producers)
    return new WorkflowResponse(producers)
  }
)
