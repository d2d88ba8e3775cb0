import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { sellerIdentifier } from "@/modules/producer/seller-identifier"

export type UpdateSellerPasswordInput = { phone: string; current_password: string; new_password: string }

export const updateSellerPasswordStepId = "update-seller-password"

/**
 * Checks the current password, then stores the new one. The old hash is kept so the
 * compensation can put it back if a later step (revoking tokens) fails.
 */
export const updateSellerPasswordStep = createStep(
  updateSellerPasswordStepId,
  async (input: UpdateSellerPasswordInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const entityId = sellerIdentifier(input.phone)
    const check = await auth.authenticate("emailpass", {
      body: { email: entityId, password: input.current_password },
    })
    if (!check.success) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Mật khẩu hiện tại không đúng")
    }
    const [identity] = await auth.listProviderIdentities({ entity_id: entityId, provider: "emailpass" })
    await auth.updateProvider("emailpass", { entity_id: entityId, password: input.new_password })
    return new StepResponse(undefined, { id: identity.id, provider_metadata: identity.provider_metadata ?? {} })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.AUTH).updateProviderIdentities([previous])
  }
)
