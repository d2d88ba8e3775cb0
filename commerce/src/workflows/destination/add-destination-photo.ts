import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToGallery, type DestinationPhoto, MAX_GALLERY_PHOTOS, photoIdFromFiles } from "@/lib/destination/destination-photos"
import { processPhotoStep } from "../photo/steps/process-photo"
import { storePhotoFilesStep } from "../photo/steps/store-photo-files"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { ensureDestinationExistsStep } from "./steps/ensure-destination-exists"
import { updateDestinationStep } from "./steps/update-destination"

export type DestinationPhotoRole = "cover" | "gallery"

export type AddDestinationPhotoWorkflowInput = { id: string; role: DestinationPhotoRole; bytes: Buffer | Uint8Array | string }

/**
 * Runs a staff photo through the same pipeline as sellers' photos (checked, rotated,
 * stripped of metadata, resized) and makes it the cover or adds it to the gallery. If the
 * destination cannot take it, the stored files are deleted again.
 */
export const addDestinationPhotoWorkflow = createWorkflow(
  "add-destination-photo",
  (input: AddDestinationPhotoWorkflowInput) => {
    const destination = ensureDestinationExistsStep(input.id)
    const processed = processPhotoStep({ bytes: input.bytes })
    const stored = storePhotoFilesStep({ variants: processed.variants })
    const update = transform({ input, destination, processed, stored }, ({ input, destination, processed, stored }) => {
      const photo: DestinationPhoto = {
        id: photoIdFromFiles(stored.file_ids),
        width: processed.width,
        height: processed.height,
        placeholder: processed.placeholder,
        variants: stored.variants,
        file_ids: stored.file_ids,
      }
      if (input.role === "cover") return { id: input.id, changes: { cover: photo }, photo }
      const gallery = addToGallery(destination.gallery, photo)
      if (!gallery) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Điểm đến "${destination.title}" đã có đủ ${MAX_GALLERY_PHOTOS} ảnh. Hãy xóa bớt ảnh cũ trước.`
        )
      }
      return { id: input.id, changes: { gallery }, photo }
    })
    updateDestinationStep(transform({ update }, ({ update }) => ({ id: update.id, changes: update.changes })))
    emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(transform({ update }, ({ update }) => update.photo))
  }
)
