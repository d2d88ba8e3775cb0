import { emitEventStep, removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { deleteDestinationStep } from "./steps/delete-destination"
import { ensureDestinationExistsStep } from "./steps/ensure-destination-exists"

/** Removes a destination page and its links to products (both restored if a later step fails). */
export const deleteDestinationWorkflow = createWorkflow("delete-destination", (input: { id: string }) => {
  ensureDestinationExistsStep(input.id)
  removeRemoteLinkStep({ [DESTINATION_MODULE]: { destination_id: input.id } })
  const id = deleteDestinationStep(input.id)
  emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(id)
})
