import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { splitOrderByHousehold, undoSplit, type SplitResult } from "../sale/split-order-by-household"

/**
 * Every path that completes a cart (the storefront, or Medusa itself when a payment webhook
 * arrives first) runs completeCartWorkflow, so the split hangs on its hook. If it fails the
 * workflow compensates: the payment is cancelled and no order is left without its parcels.
 */
completeCartWorkflow.hooks.orderCreated(
  async ({ order_id }, { container }) => {
    const result = await splitOrderByHousehold(container, order_id)
    return new StepResponse(result, result)
  },
  async (result: SplitResult | undefined, { container }) => {
    await undoSplit(container, result)
  }
)
