import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type { MembershipRole } from "@/modules/producer/models/seller-membership"
import type ProducerModuleService from "@/modules/producer/service"

export type CreateSellerMembershipInput = { seller_id: string; producer_id: string; role: MembershipRole }

export const createSellerMembershipsStepId = "create-seller-memberships"

/** Lets a seller act for households; compensation deletes exactly the memberships it made. */
export const createSellerMembershipsStep = createStep(
  createSellerMembershipsStepId,
  async (input: CreateSellerMembershipInput[], { container }) => {
    if (!input.length) {
      return new StepResponse([], [])
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const memberships = await service.createSellerMemberships(input)
    return new StepResponse(
      memberships,
      memberships.map((membership) => membership.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteSellerMemberships(createdIds)
  }
)
