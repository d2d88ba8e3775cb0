import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordSignInFailureStep } from "./steps/record-sign-in-failure"

/** Remembers a failed seller sign-in so repeated guesses are slowed down. */
export const recordSignInFailureWorkflow = createWorkflow(
  "record-seller-sign-in-failure",
  (input: { phone: string; ip: string }) => new WorkflowResponse(recordSignInFailureStep(input))
)
