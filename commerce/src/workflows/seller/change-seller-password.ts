import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSellerAccountStep } from "./steps/update-seller-account"
import { updateSellerPasswordStep } from "./steps/update-seller-password"

export type ChangeSellerPasswordWorkflowInput = {
  seller_id: string
  phone: string
  current_password: string
  new_password: string
}

/** New password, and every token issued with the old one stops working at once. */
export const changeSellerPasswordWorkflow = createWorkflow(
  "change-seller-password",
  (input: ChangeSellerPasswordWorkflowInput) => {
    updateSellerPasswordStep({
      phone: input.phone,
      current_password: input.current_password,
      new_password: input.new_password,
    })
    const account = updateSellerAccountStep({ id: input.seller_id, revoke_tokens: true })
    return new WorkflowResponse(account)
  }
)
