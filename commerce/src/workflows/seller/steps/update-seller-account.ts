import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type { SELLER_ACCOUNT_STATUSES } from "@/modules/producer/models/seller-account"
import type ProducerModuleService from "@/modules/producer/service"

export type UpdateSellerAccountInput = {
  id: string
  status?: (typeof SELLER_ACCOUNT_STATUSES)[number]
  /** Raise the session version so every token issued before now stops working. */
  revoke_tokens?: boolean
}

export const updateSellerAccountStepId = "update-seller-account"

/** Changes a seller's status or revokes its tokens; compensation restores the snapshot. */
export const updateSellerAccountStep = createStep(
  updateSellerAccountStepId,
  async (input: UpdateSellerAccountInput, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await service.retrieveSellerAccount(input.id)
    const updated = await service.updateSellerAccounts({
      id: input.id,
      ...(input.status ? { status: input.status } : {}),
      ...(input.revoke_tokens ? { session_version: before.session_version + 1 } : {}),
    })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      session_version: before.session_version,
    })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.updateSellerAccounts(snapshot)
  }
)
