import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { type CreateDestinationInput, createDestinationsStep } from "./steps/create-destinations"
import { ensureSlugFreeStep } from "./steps/ensure-slug-free"

export type CreateDestinationWorkflowInput = CreateDestinationInput

/** A new destination page written in the admin; it starts as a draft. */
export const createDestinationWorkflow = createWorkflow(
  "create-destination",
  (input: CreateDestinationWorkflowInput) => {
    ensureSlugFreeStep({ slug: input.slug })
    const draft = transform({ input }, ({ input }) => [{ ...input, status: "draft" as const, published_at: null }])
    const created = createDestinationsStep(draft)
    const destination = transform({ created }, ({ created }) => created[0])
    emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ destination }, ({ destination }) => ({ id: destination.id })) })
    return new WorkflowResponse(destination)
  }
)
