import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PhotoOwner } from "@/modules/photo/photo-result"
import { createPhotoRecordStep } from "./steps/create-photo-record"
import { processPhotoStep } from "./steps/process-photo"
import { storePhotoFilesStep } from "./steps/store-photo-files"

export const PHOTO_CREATED_EVENT = "photo.created"

export type UploadPhotoWorkflowInput = {
  /** The upload as sent by the phone: raw bytes, or base64 when it came through JSON. */
  bytes: Buffer | Uint8Array | string
  /** What the photo illustrates; the caller has already checked the seller may act on it. */
  owner: PhotoOwner
}

/**
 * Turns an untrusted phone photo into stored AVIF/WebP/JPEG variants and a placeholder,
 * and records them. A refused photo throws MedusaError INVALID_DATA (Vietnamese message).
 */
export const uploadPhotoWorkflow = createWorkflow("upload-photo", (input: UploadPhotoWorkflowInput) => {
  const processed = processPhotoStep({ bytes: input.bytes })
  const stored = storePhotoFilesStep({ variants: processed.variants })
  const record = transform({ input, processed, stored }, ({ input, processed, stored }) => ({
    owner: input.owner,
    width: processed.width,
    height: processed.height,
    placeholder: processed.placeholder,
    variants: stored.variants,
    file_ids: stored.file_ids,
  }))
  const photo = createPhotoRecordStep(record)
  const event = transform({ photo }, ({ photo }) => ({ id: photo.id, owner: photo.owner }))
  emitEventStep({ eventName: PHOTO_CREATED_EVENT, data: event })
  return new WorkflowResponse(photo)
})
