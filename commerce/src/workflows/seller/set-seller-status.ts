import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SELLER_ACCOUNT_STATUSES } from "@/modules/producer/models/seller-account"
import { updateSellerAccountStep } from "./steps/update-seller-account"

export type SetSellerStatusWorkflowInput = { seller_id: string; status: (typeof SELLER_ACCOUNT_STATUSES)[number] }

/** An operator disables or re-enables a seller; either way its existing tokens end. */
export const setSellerStatusWorkflow = createWorkflow("set-seller-status", (input: SetSellerStatusWorkflowInput) => {
  const account = updateSellerAccountStep({ id: input.seller_id, status: input.status, revoke_tokens: true })
  return new WorkflowResponse(account)
})
