import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordStatusReadStep, type RecordStatusReadInput } from "./steps/record-status-read"

/** The impact report reads every household's status (to group them): the read is logged first. */
export const recordImpactStatusReadWorkflow = createWorkflow(
  "record-impact-status-read",
  (input: Omit<RecordStatusReadInput, "purpose" | "producer_id" | "producer_handle">) => {
    const read = recordStatusReadStep(
      transform({ input }, ({ input }) => ({ ...input, purpose: "impact_report" as const, producer_id: null, producer_handle: null }))
    )
    return new WorkflowResponse(read)
  }
)
