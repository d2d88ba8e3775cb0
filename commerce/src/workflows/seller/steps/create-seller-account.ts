import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"

export type CreateSellerAccountInput = {
  phone: string
  name: string
  auth_identity_id: string
  helper_team_id?: string | null
}

export const createSellerAccountStepId = "create-seller-account"

/** Creates the seller account; compensation deletes it (and its memberships by cascade). */
export const createSellerAccountStep = createStep(
  createSellerAccountStepId,
  async (input: CreateSellerAccountInput, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const account = await service.createSellerAccounts(input)
    return new StepResponse(account, account.id)
  },
  async (accountId, { container }) => {
    if (!accountId) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteSellerAccounts([accountId])
  }
)
