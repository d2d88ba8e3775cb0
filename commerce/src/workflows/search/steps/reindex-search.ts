import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const reindexSearchStepId = "reindex-search"

/**
 * Rebuilds search indexes from the database. A full rebuild fills a new version and swaps
 * it in only when complete, so there is nothing to undo: on failure the old version keeps
 * serving and the next run resumes.
 */
export const reindexSearchStep = createStep(reindexSearchStepId, async (input: SearchTypes.SearchReindexInput, { container }) => {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const result = await search.reindex(input)
  return new StepResponse(result)
})
