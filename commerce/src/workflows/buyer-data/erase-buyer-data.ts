import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { eraseBuyerDataStep, type EraseBuyerDataInput } from "./steps/erase-buyer-data"

/** A buyer who asked to be forgotten: their personal data leaves every finished order. */
export const eraseBuyerDataWorkflow = createWorkflow("erase-buyer-data", (input: EraseBuyerDataInput) => {
  return new WorkflowResponse(eraseBuyerDataStep(input))
})
