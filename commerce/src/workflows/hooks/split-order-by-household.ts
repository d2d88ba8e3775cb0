import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { splitOrderByHousehold, undoSplit, type SplitResult } from "../sale/split-order-by-household"

type Context = { container: MedusaContainer }

/** Medusa 2.21 registers this hook but leaves it out of the workflow's published type. */
type OrderCreatedHook = (
  invoke: (input: { order_id: string; cart_id: string }, context: Context) => Promise<StepResponse<SplitResult, SplitResult>>,
  compensate: (result: SplitResult | undefined, context: Context) => Promise<void>
) => void

const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

/**
 * Every path that completes a cart (the storefront, or Medusa itself when a payment webhook
 * arrives first) runs completeCartWorkflow, so the split hangs on its hook. If it fails the
 * workflow compensates: the payment is cancelled and no order is left without its parcels.
 */
orderCreated(
  async ({ order_id }, { container }) => {
    const result = await splitOrderByHousehold(container, order_id)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    await undoSplit(container, result)
  }
)
