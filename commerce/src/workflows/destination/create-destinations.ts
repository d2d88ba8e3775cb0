import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateDestinationInput, createDestinationsStep } from "./steps/create-destinations"

export type CreateDestinationsWorkflowInput = { destinations: CreateDestinationInput[] }

/** Adds destination pages (drafts unless a status is given). */
export const createDestinationsWorkflow = createWorkflow(
  "create-destinations",
  (input: CreateDestinationsWorkflowInput) => {
    const destinations = createDestinationsStep(input.destinations)
    return new WorkflowResponse(destinations)
  }
)
