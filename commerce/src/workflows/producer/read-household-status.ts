import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordStatusReadStep } from "./steps/record-status-read"

export type ReadHouseholdStatusInput = { producer_id: string; user_id: string; user_email: string | null; reason: string }

/**
 * An operator reads one household's poverty status: the household must exist, the read is
 * recorded with the operator and the reason, and only then is the status returned.
 */
export const readHouseholdStatusWorkflow = createWorkflow("read-household-status", (input: ReadHouseholdStatusInput) => {
  const { data } = useQueryGraphStep({
    entity: "producer",
    fields: ["id", "handle", "name", "household_status"],
    filters: { id: input.producer_id },
    options: { throwIfKeyNotFound: true },
  })
  const household = transform({ data }, ({ data }) => data[0] as { id: string; handle: string; name: string; household_status: string | null })
  const read = recordStatusReadStep(
    transform({ input, household }, ({ input, household }) => ({
      user_id: input.user_id,
      user_email: input.user_email,
      purpose: "household" as const,
      producer_id: household.id,
      producer_handle: household.handle,
      reason: input.reason,
    }))
  )
  return new WorkflowResponse(
    transform({ household, read }, ({ household, read }) => ({
      producer: { id: household.id, handle: household.handle, name: household.name },
      household_status: household.household_status,
      read_id: read.id,
    }))
  )
})
