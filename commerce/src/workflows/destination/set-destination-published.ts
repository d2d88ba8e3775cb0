import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { ensureDestinationExistsStep } from "./steps/ensure-destination-exists"
import { updateDestinationStep } from "./steps/update-destination"

export type SetDestinationPublishedWorkflowInput = { id: string; published: boolean }

/** Publishes a destination (visitors see it after the next storefront build) or takes it back to draft. */
export const setDestinationPublishedWorkflow = createWorkflow(
  "set-destination-published",
  (input: SetDestinationPublishedWorkflowInput) => {
    ensureDestinationExistsStep(input.id)
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      changes: input.published
        ? { status: "published" as const, published_at: new Date() }
        : { status: "draft" as const },
    }))
    const destination = updateDestinationStep(update)
    emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(destination)
  }
)
