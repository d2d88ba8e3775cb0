import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export type UpsertProductTranslationInput = { product_id: string; translations: Record<string, string> | null }

const ENGLISH = "en-US"

type Undo = { created_id?: string; previous?: { id: string; translations: Record<string, unknown> } }

export const upsertProductTranslationStepId = "upsert-product-translation"

/** Merges English fields into the product's translation; compensation restores the old one. */
export const upsertProductTranslationStep = createStep(
  upsertProductTranslationStepId,
  async (input: UpsertProductTranslationInput, { container }) => {
    if (!input.translations) {
      return new StepResponse(undefined, {} as Undo)
    }
    const service = container.resolve(Modules.TRANSLATION)
    const [existing] = await service.listTranslations({ reference_id: input.product_id, locale_code: ENGLISH })
    if (!existing) {
      const created = await service.createTranslations({
        reference_id: input.product_id,
        reference: "product",
        locale_code: ENGLISH,
        translations: input.translations,
      })
      return new StepResponse(undefined, { created_id: created.id } as Undo)
    }
    const previous = { id: existing.id, translations: { ...existing.translations } }
    await service.updateTranslations({ id: existing.id, translations: { ...existing.translations, ...input.translations } })
    return new StepResponse(undefined, { previous } as Undo)
  },
  async (undo, { container }) => {
    const service = container.resolve(Modules.TRANSLATION)
    if (undo?.created_id) {
      await service.deleteTranslations([undo.created_id])
    }
    if (undo?.previous) {
      await service.updateTranslations(undo.previous)
    }
  }
)
