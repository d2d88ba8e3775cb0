import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { sellerIdentifier } from "@/modules/producer/seller-identifier"

export type CreateSellerIdentityInput = { phone: string; password: string }

export const createSellerIdentityStepId = "create-seller-identity"

/** Registers the phone and password with the auth module; compensation deletes the identity. */
export const createSellerIdentityStep = createStep(
  createSellerIdentityStepId,
  async (input: CreateSellerIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity } = await auth.register("emailpass", {
      body: { email: sellerIdentifier(input.phone), password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Số điện thoại ${input.phone} đã có tài khoản bán hàng`)
    }
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
