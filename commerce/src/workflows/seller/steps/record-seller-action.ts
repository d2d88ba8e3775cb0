import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type { SellerHousehold } from "@/modules/producer/seller-access"
import type ProducerModuleService from "@/modules/producer/service"

export const SELLER_ACTIONS = [
  "product.create",
  "product.update",
  "product.publish",
  "product.unpublish",
  "product.delete",
  "order.pack",
  "order.ship",
  "order.deliver",
] as const
export type SellerActionName = (typeof SELLER_ACTIONS)[number]

export type RecordSellerActionInput = {
  household: SellerHousehold
  action: SellerActionName
  entity_type: string
  entity_id: string
  entity_title?: string | null
}

export const recordSellerActionStepId = "record-seller-action"

/** Writes who acted for which household; compensation deletes the record. */
export const recordSellerActionStep = createStep(
  recordSellerActionStepId,
  async (input: RecordSellerActionInput, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const { seller, producer, role } = input.household
    const record = await service.createSellerActions({
      seller_id: seller.id,
      seller_name: seller.name,
      seller_phone: seller.phone,
      role,
      producer_id: producer.id,
      producer_handle: producer.handle,
      producer_name: producer.name,
      action: input.action,
      entity_type: input.entity_type,
      entity_id: input.entity_id,
      entity_title: input.entity_title ?? null,
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteSellerActions([id])
  }
)
