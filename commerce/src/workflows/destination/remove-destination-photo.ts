import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeFromGallery } from "@/lib/destination/destination-photos"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { ensureDestinationExistsStep } from "./steps/ensure-destination-exists"
import { updateDestinationStep } from "./steps/update-destination"

export type RemoveDestinationPhotoWorkflowInput = { id: string; photo_id: string }

/**
 * Takes a photo off a destination (the cover, or one of the gallery). The stored files stay:
 * a built page may still point at them until the next storefront build.
 */
export const removeDestinationPhotoWorkflow = createWorkflow(
  "remove-destination-photo",
  (input: RemoveDestinationPhotoWorkflowInput) => {
    const destination = ensureDestinationExistsStep(input.id)
    const update = transform({ input, destination }, ({ input, destination }) => {
      const cover = destination.cover as { id?: string } | null
      if (cover?.id === input.photo_id) return { id: input.id, changes: { cover: null } }
      const gallery = removeFromGallery(destination.gallery, input.photo_id)
      if (!gallery) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Điểm đến "${destination.title}" không có ảnh ${input.photo_id}`)
      }
      return { id: input.id, changes: { gallery } }
    })
    updateDestinationStep(update)
    emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(input)
  }
)
