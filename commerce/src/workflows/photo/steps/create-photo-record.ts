import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PHOTO_MODULE } from "@/modules/photo"
import { type PhotoOwner, type PhotoResult, type PhotoVariant, toPhotoResult, variantsColumn } from "@/modules/photo/photo-result"
import type PhotoModuleService from "@/modules/photo/service"

export type CreatePhotoRecordStepInput = {
  owner: PhotoOwner
  width: number
  height: number
  placeholder: string
  variants: PhotoVariant[]
  file_ids: string[]
}

export const createPhotoRecordStepId = "create-photo-record"

/** Records the stored variants of a photo; compensation deletes the record it created. */
export const createPhotoRecordStep = createStep(
  createPhotoRecordStepId,
  async (input: CreatePhotoRecordStepInput, { container }) => {
    const service: PhotoModuleService = container.resolve(PHOTO_MODULE)
    const photo = await service.createPhotos({
      owner_type: input.owner.type,
      owner_id: input.owner.id,
      width: input.width,
      height: input.height,
      placeholder: input.placeholder,
      variants: variantsColumn(input.variants),
      file_ids: { items: input.file_ids },
    })
    return new StepResponse<PhotoResult, string>(toPhotoResult(photo), photo.id)
  },
  async (photoId, { container }) => {
    if (!photoId) return
    const service: PhotoModuleService = container.resolve(PHOTO_MODULE)
    await service.deletePhotos(photoId)
  }
)
