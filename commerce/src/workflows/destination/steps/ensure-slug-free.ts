import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import type DestinationModuleService from "@/modules/destination/service"

export type EnsureSlugFreeStepInput = { slug: string; except_id?: string }

export const ensureSlugFreeStepId = "ensure-destination-slug-free"

/**
 * Refuses a slug another destination already uses (422: Medusa replaces a 409's message with
 * its own); it only reads, so nothing to undo.
 */
export const ensureSlugFreeStep = createStep(
  ensureSlugFreeStepId,
  async ({ slug, except_id }: EnsureSlugFreeStepInput, { container }) => {
    const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
    const [taken] = await service.listDestinations({ slug }, { select: ["id", "title"], take: 1 })
    if (taken && taken.id !== except_id) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Địa chỉ "${slug}" đã dùng cho điểm đến "${taken.title}". Hãy chọn địa chỉ khác.`
      )
    }
    return new StepResponse(slug)
  }
)
