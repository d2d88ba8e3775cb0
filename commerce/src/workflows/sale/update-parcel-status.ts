import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ParcelActionInput } from "@/modules/sale/parcel-status"
import { orderNumber } from "@/modules/sale/order-number"
import { recordSellerActionStep } from "../seller/steps/record-seller-action"
import { resolveSellerHouseholdStep } from "../seller/steps/resolve-seller-household"
import { captureOrderPaymentStep } from "./steps/capture-order-payment"
import { planParcelChangeStep } from "./steps/plan-parcel-change"
import { recordParcelEarningsStep } from "./steps/record-parcel-earnings"
import { recordParcelFulfillmentStep } from "./steps/record-parcel-fulfillment"
import { updateHouseholdParcelStep } from "./steps/update-household-parcel"

export type UpdateParcelStatusWorkflowInput = {
  seller_id: string
  household_handle: string
  parcel_id: string
  change: ParcelActionInput
}

/**
 * A household packs, sends and hands over its own parcel. Cash collected at the door pays
 * its share: the parcel is marked paid, its earning is written, and that part of the order's
 * payment is captured. Every action is recorded under the seller who did it.
 */
export const updateParcelStatusWorkflow = createWorkflow("update-parcel-status", (input: UpdateParcelStatusWorkflowInput) => {
  const household = resolveSellerHouseholdStep({ seller_id: input.seller_id, household_handle: input.household_handle })
  const plan = planParcelChangeStep(
    transform({ input, household }, ({ input, household }) => ({
      producer_id: household.producer.id,
      parcel_id: input.parcel_id,
      change: input.change,
    }))
  )
  recordParcelFulfillmentStep(
    transform({ plan, input }, ({ plan, input }) => ({
      parcel: plan.parcel,
      action: input.change.action,
      tracking_code: (plan.update as { tracking_code?: string | null }).tracking_code ?? null,
      seller_id: input.seller_id,
    }))
  )
  const updated = updateHouseholdParcelStep(transform({ plan }, ({ plan }) => ({ id: plan.parcel.id, update: plan.update })))
  when({ plan }, ({ plan }) => plan.collect_cash).then(() => {
    recordParcelEarningsStep(transform({ plan }, ({ plan }) => ({ parcels: [plan.parcel] })))
    captureOrderPaymentStep(
      transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.parcel.order_id,
        amount: plan.parcel.items_total + plan.parcel.shipping_total,
        captured_by: input.seller_id,
      }))
    )
  })
  recordSellerActionStep({
    household,
    action: transform({ input }, ({ input }) => `order.${input.change.action}` as const),
    entity_type: "parcel",
    entity_id: transform({ plan }, ({ plan }) => plan.parcel.id),
    entity_title: transform({ plan }, ({ plan }) => orderNumber(plan.parcel.order_display_id)),
  })
  return new WorkflowResponse(updated)
})
