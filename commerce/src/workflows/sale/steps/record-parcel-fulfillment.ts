import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelOrderFulfillmentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"

type ParcelLines = { id: string; order_id: string; items: unknown }
type Created = { order_id: string; fulfillment_id: string } | null

export type RecordParcelFulfillmentInput = {
  parcel: ParcelLines
  action: "pack" | "ship" | "deliver"
  tracking_code?: string | null
  seller_id: string
}

export const recordParcelFulfillmentStepId = "record-parcel-fulfillment"

function linesOf(parcel: ParcelLines) {
  return (parcel.items as Array<{ line_item_id: string; quantity: number }>).map((line) => ({ id: line.line_item_id, quantity: line.quantity }))
}

/** The Medusa fulfilment made for this parcel when it was sent (tagged with the parcel id). */
async function fulfillmentOf(container: MedusaContainer, parcel: ParcelLines) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["fulfillments.id", "fulfillments.metadata", "fulfillments.canceled_at"],
    filters: { id: parcel.order_id },
  })
  const fulfillments = (data[0] as { fulfillments?: Array<{ id: string; metadata: Record<string, unknown> | null; canceled_at: string | null }> })
    ?.fulfillments ?? []
  return fulfillments.find((f) => f.metadata?.parcel_id === parcel.id && !f.canceled_at)
}

/**
 * Mirrors a household's parcel in Medusa's fulfilment module, so the admin's order page and
 * the stock agree with it: sending creates the fulfilment (its lines leave the warehouse
 * count) and its shipment with the tracking code; handing over marks it delivered.
 * Compensation cancels a fulfilment this step created.
 */
export const recordParcelFulfillmentStep = createStep(
  recordParcelFulfillmentStepId,
  async (input: RecordParcelFulfillmentInput, { container }) => {
    if (input.action === "ship") {
      const items = linesOf(input.parcel)
      const labels = input.tracking_code ? [{ tracking_number: input.tracking_code, tracking_url: "", label_url: "" }] : undefined
      const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
        input: { order_id: input.parcel.order_id, items, labels, created_by: input.seller_id, metadata: { parcel_id: input.parcel.id } },
      })
      await createOrderShipmentWorkflow(container).run({
        input: { order_id: input.parcel.order_id, fulfillment_id: fulfillment.id, items, labels, created_by: input.seller_id },
      })
      return new StepResponse<string | null, Created>(fulfillment.id, { order_id: input.parcel.order_id, fulfillment_id: fulfillment.id })
    }
    if (input.action === "deliver") {
      const fulfillment = await fulfillmentOf(container, input.parcel)
      if (fulfillment) {
        await markOrderFulfillmentAsDeliveredWorkflow(container).run({
          input: { orderId: input.parcel.order_id, fulfillmentId: fulfillment.id },
        })
      }
      return new StepResponse<string | null, Created>(fulfillment?.id ?? null, null)
    }
    return new StepResponse<string | null, Created>(null, null)
  },
  async (created: Created | undefined, { container }) => {
    if (!created) return
    await cancelOrderFulfillmentWorkflow(container).run({ input: created })
  }
)
