import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MIME_TYPES, processPhoto, type VariantFormat } from "@/modules/photo/process-photo"
import { toPhotoBytes } from "@/modules/photo/validate-photo"

export type ProcessPhotoStepInput = { bytes: Buffer | Uint8Array | string }

/** A variant ready for the File Module: base64 so the step output stays JSON-safe. */
export type ProcessedVariantFile = {
  format: VariantFormat
  width: number
  height: number
  bytes: number
  mime_type: string
  content_base64: string
}

export type ProcessPhotoStepOutput = {
  width: number
  height: number
  placeholder: string
  variants: ProcessedVariantFile[]
}

export const processPhotoStepId = "process-photo"

/** Validates and encodes an uploaded photo; nothing is stored, so nothing to compensate. */
export const processPhotoStep = createStep(processPhotoStepId, async (input: ProcessPhotoStepInput) => {
  const processed = await processPhoto(toPhotoBytes(input.bytes))
  const output: ProcessPhotoStepOutput = {
    width: processed.width,
    height: processed.height,
    placeholder: processed.placeholder,
    variants: processed.variants.map((variant) => ({
      format: variant.format,
      width: variant.width,
      height: variant.height,
      bytes: variant.content.length,
      mime_type: MIME_TYPES[variant.format],
      content_base64: variant.content.toString("base64"),
    })),
  }
  return new StepResponse(output)
})
