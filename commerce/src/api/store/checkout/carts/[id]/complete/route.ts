import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { providerIdOf } from "@/modules/sale/payment-method"
import { fetchCheckoutCart, type CheckoutCart } from "../../../cart-view"
import { orderIdOfCart } from "../../../order-of-cart"
import { orderSummary } from "../../../order-summary"
import { stockPlan } from "../../../out-of-stock"
import type { CompleteCheckoutBody } from "../../../validators"

/**
 * Pays and places the order. One checkout per cart at a time (a buyer tapping twice, or a
 * retry on a bad connection, waits and then gets the same order). Checkouts that draw on the
 * same stock take turns (a lock per stock item, held while the stock is checked and Medusa
 * reserves it), so the last units go to exactly as many buyers as there are units, and
 * everyone else gets "hết hàng" before any payment is touched. Taking turns here also keeps
 * Medusa's own 5-second inventory lock uncontended: under load, a timeout there leaves an
 * order half made (its compensation stalls), which is worse than waiting.
 */
export async function POST(req: MedusaRequest<CompleteCheckoutBody>, res: MedusaResponse) {
  const cartId = req.params.id
  const locking = req.scope.resolve(Modules.LOCKING)
  const outcome = await locking.execute(`checkout:${cartId}`, () => checkout(req, cartId), { timeout: STOCK_WAIT_SECONDS })
  res.status(outcome.status).json(outcome.body)
}

/** How long a checkout waits its turn for stock; 100 buyers at once on two cores fit well inside. */
const STOCK_WAIT_SECONDS = 300

type Outcome = { status: number; body: Record<string, unknown> }

async function checkout(req: MedusaRequest<CompleteCheckoutBody>, cartId: string): Promise<Outcome> {
  const placed = await orderIdOfCart(req.scope, cartId)
  if (placed) {
    return { status: 200, body: { order: await orderSummary(req.scope, placed) } }
  }
  const cart = await fetchCheckoutCart(req.scope, cartId)
  if (!cart.items.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Giỏ hàng đang trống.")
  }
  if (!cart.shipping_address?.province || !cart.shipping_methods.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vui lòng điền địa chỉ giao hàng trước khi trả tiền.")
  }
  const salesChannelId = await cartSalesChannel(req, cartId)
  const stock = await stockPlan(req.scope, cart, salesChannelId)
  const locking = req.scope.resolve(Modules.LOCKING)
  const placeOrder = async (): Promise<Outcome> => {
    const short = await stock.short()
    if (short.length) {
      return outOfStock(short)
    }
    const session = await startPayment(req, cart, req.validatedBody.method)
    if (req.validatedBody.method === "stripe") {
      const data = (session.data ?? {}) as { id?: string; client_secret?: string }
      return { status: 200, body: { payment: { client_secret: data.client_secret, payment_intent_id: data.id } } }
    }
    try {
      const { result } = await completeCartWorkflow(req.scope).run({ input: { id: cartId } })
      return { status: 200, body: { order: await orderSummary(req.scope, result.id) } }
    } catch (error) {
      const lines = await stock.short()
      if (lines.length) {
        return outOfStock(lines)
      }
      throw error
    }
  }
  // Nothing tracked in stock (a service, or backorders allowed): no turn to wait for.
  if (!stock.itemIds.length) {
    return placeOrder()
  }
  return locking.execute(stock.itemIds.map((id) => `stock:${id}`), placeOrder, { timeout: STOCK_WAIT_SECONDS })
}

function outOfStock(lines: string[]): Outcome {
  return {
    status: 409,
    body: { type: "out_of_stock", message: `Hết hàng: ${lines.join("; ")}. Vui lòng bớt số lượng trong giỏ.`, lines },
  }
}

async function cartSalesChannel(req: MedusaRequest, cartId: string): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["sales_channel_id"], filters: { id: cartId } })
  return (data[0] as { sales_channel_id: string }).sales_channel_id
}

/** The cart's payment collection with one session for the chosen method (replacing any other). */
async function startPayment(req: MedusaRequest, cart: CheckoutCart, method: CompleteCheckoutBody["method"]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
  let collectionId = (data[0] as { payment_collection?: { id: string } | null })?.payment_collection?.id
  if (!collectionId) {
    const { result } = await createPaymentCollectionForCartWorkflow(req.scope).run({ input: { cart_id: cart.id } })
    collectionId = (result as unknown as { id: string }).id
  }
  const { result: session } = await createPaymentSessionsWorkflow(req.scope).run({
    input: { payment_collection_id: collectionId, provider_id: providerIdOf(method) },
  })
  return session as unknown as { data?: Record<string, unknown> }
}
