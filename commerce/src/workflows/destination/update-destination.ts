import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { ensureDestinationExistsStep } from "./steps/ensure-destination-exists"
import { ensureSlugFreeStep } from "./steps/ensure-slug-free"
import { type DestinationChanges, updateDestinationStep } from "./steps/update-destination"

export type UpdateDestinationWorkflowInput = {
  id: string
  changes: Omit<DestinationChanges, "status" | "published_at" | "cover" | "gallery">
}

/** Staff edit a destination's text, place or season; publishing has its own workflow. */
export const updateDestinationWorkflow = createWorkflow(
  "update-destination",
  (input: UpdateDestinationWorkflowInput) => {
    ensureDestinationExistsStep(input.id)
    when({ input }, ({ input }) => typeof input.changes.slug === "string").then(() => {
      ensureSlugFreeStep(transform({ input }, ({ input }) => ({ slug: input.changes.slug as string, except_id: input.id })))
    })
    const destination = updateDestinationStep(input)
    emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(destination)
  }
)
