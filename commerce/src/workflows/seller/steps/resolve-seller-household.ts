import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findSellerHousehold, type SellerHousehold } from "@/modules/producer/seller-access"

export type ResolveSellerHouseholdInput = { seller_id: string; household_handle: string }

export const resolveSellerHouseholdStepId = "resolve-seller-household"

/**
 * The household the seller asked to act for, only if it is one of its own; any other
 * handle is "not found" so a seller cannot learn which other households exist.
 */
export const resolveSellerHouseholdStep = createStep(
  resolveSellerHouseholdStepId,
  async (input: ResolveSellerHouseholdInput, { container }) => {
    const household: SellerHousehold = await findSellerHousehold(container, input.seller_id, input.household_handle)
    return new StepResponse(household)
  }
)
