import type { SearchTypes } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reindexSearchStep } from "./steps/reindex-search"

/** Rebuilds every search index (or the named ones) from the catalog in the database. */
export const reindexSearchWorkflow = createWorkflow("reindex-search", (input: SearchTypes.SearchReindexInput) => {
  return new WorkflowResponse(reindexSearchStep(input))
})
