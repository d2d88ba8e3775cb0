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
import { shortLines } from "../../../out-of-stock"
import type { CompleteCheckoutBody } from "../../../validators"

/**
 * Pays and places the order. One checkout per cart at a time (a buyer tapping twice, or a
 * retry on a bad connection, waits and then gets the same order); stock is reserved inside
 * Medusa's completion under a lock per inventory item, and a loser gets "hết hàng".
 */
export async function POST(req: MedusaRequest<CompleteCheckoutBody>, res: MedusaResponse) {
  const cartId = req.params.id
  const locking = req.scope.resolve(Modules.LOCKING)
  const outcome = await locking.execute(`checkout:${cartId}`, () => checkout(req, cartId), { timeout: 60 })
  res.status(outcome.status).json(outcome.body)
}

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
  const short = await shortLines(req.scope, cart, salesChannelId)
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
    const lines = await shortLines(req.scope, cart, salesChannelId)
    if (lines.length) {
      return outOfStock(lines)
    }
    throw error
  }
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
