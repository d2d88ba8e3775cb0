import { randomBytes } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PhotoVariant } from "@/modules/photo/photo-result"
import type { ProcessedVariantFile } from "./process-photo"

export type StorePhotoFilesStepInput = { variants: ProcessedVariantFile[] }
export type StorePhotoFilesStepOutput = { variants: PhotoVariant[]; file_ids: string[] }

const EXTENSIONS = { avif: "avif", webp: "webp", jpeg: "jpg" } as const

export const storePhotoFilesStepId = "store-photo-files"

/**
 * Writes the variants through the File Module under a random name (never the seller's
 * file name, which can carry a person's name or a place); compensation deletes them all.
 */
export const storePhotoFilesStep = createStep(
  storePhotoFilesStepId,
  async (input: StorePhotoFilesStepInput, { container }) => {
    const files = container.resolve(Modules.FILE)
    const stem = randomBytes(16).toString("hex")
    const stored = await files.createFiles(
      input.variants.map((variant) => ({
        filename: `photos/${stem}-${variant.width}.${EXTENSIONS[variant.format]}`,
        mimeType: variant.mime_type,
        content: variant.content_base64,
        access: "public" as const,
      }))
    )
    const variants = input.variants.map((variant, i) => ({
      format: variant.format,
      width: variant.width,
      height: variant.height,
      url: stored[i].url,
      bytes: variant.bytes,
    }))
    const fileIds = stored.map((file) => file.id)
    return new StepResponse<StorePhotoFilesStepOutput, string[]>({ variants, file_ids: fileIds }, fileIds)
  },
  async (fileIds, { container }) => {
    if (!fileIds?.length) return
    await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
)
