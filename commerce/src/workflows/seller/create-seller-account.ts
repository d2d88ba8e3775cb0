import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import type { MembershipRole } from "@/modules/producer/models/seller-membership"
import { createSellerAccountStep } from "./steps/create-seller-account"
import { createSellerIdentityStep } from "./steps/create-seller-identity"
import { createSellerMembershipsStep } from "./steps/create-seller-memberships"

export type CreateSellerAccountWorkflowInput = {
  phone: string
  password: string
  name: string
  helper_team_id?: string | null
  memberships: { producer_id: string; role: MembershipRole }[]
}

/** A seller account with its phone/password identity and the households it acts for. */
export const createSellerAccountWorkflow = createWorkflow(
  "create-seller-account",
  (input: CreateSellerAccountWorkflowInput) => {
    const authIdentityId = createSellerIdentityStep({ phone: input.phone, password: input.password })
    const account = createSellerAccountStep(
      transform({ input, authIdentityId }, ({ input, authIdentityId }) => ({
        phone: input.phone,
        name: input.name,
        helper_team_id: input.helper_team_id ?? null,
        auth_identity_id: authIdentityId,
      }))
    )
    createSellerMembershipsStep(
      transform({ input, account }, ({ input, account }) =>
        input.memberships.map((m) => ({ seller_id: account.id, producer_id: m.producer_id, role: m.role }))
      )
    )
    setAuthAppMetadataStep({ authIdentityId, actorType: "seller", value: account.id })
    return new WorkflowResponse(account)
  }
)
