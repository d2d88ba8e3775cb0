import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducersStep } from "@/workflows/producer/steps/create-producers"
import { createSellerAccountWorkflow } from "./create-seller-account"

export type RegisterSellerWorkflowInput = {
  phone: string
  password: string
  name: string
  household_name: string
  household_handle: string
  area: string
  area_name: string
}

/**
 * A household signs itself up: a new household waiting for an operator's verification
 * (its listings stay off the storefront until then) and an owner account for it.
 */
export const registerSellerWorkflow = createWorkflow("register-seller", (input: RegisterSellerWorkflowInput) => {
  const producers = createProducersStep(
    transform({ input }, ({ input }) => [
      {
        handle: input.household_handle,
        name: input.household_name,
        area: input.area,
        area_name: input.area_name,
        verification_status: "pending" as const,
        phone: input.phone,
      },
    ])
  )
  const account = createSellerAccountWorkflow.runAsStep({
    input: transform({ input, producers }, ({ input, producers }) => ({
      phone: input.phone,
      password: input.password,
      name: input.name,
      memberships: [{ producer_id: producers[0].id, role: "owner" as const }],
    })),
  })
  return new WorkflowResponse({ account, producer: producers[0] })
})
