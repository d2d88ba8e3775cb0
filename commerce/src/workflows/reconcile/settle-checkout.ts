import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { paymentMethodOf } from "@/modules/sale/payment-method"
import { splitOrderByHousehold } from "../sale/split-order-by-household"
import { decideSettlement, type Settlement, type SettlementFacts } from "./decide-settlement"
import type { SessionRow, Unsettled } from "./find-unsettled"

export type SettledCheckout = { subject: string; action: Settlement["action"]; reason: string; error?: string }

/** The facts of one checkout; a card the server knows nothing about is asked of Stripe. */
async function factsOf(container: MedusaContainer, checkout: Unsettled, stale: boolean): Promise<SettlementFacts> {
  const session = checkout.session
  const method = session ? paymentMethodOf(session.provider_id) : "none"
  const facts: SettlementFacts = {
    method: method === "cod" || method === "vietqr" || method === "stripe" ? method : "none",
    stale,
    order: checkout.kind === "cart" ? "none" : "unsplit",
    reserved: checkout.kind === "cart" ? true : checkout.reserved,
    payment: paymentState(session),
    provider: "not-asked",
    completionFailed: false,
  }
  if (stale && session && facts.method === "stripe" && facts.payment === "none") {
    facts.provider = (await askProvider(container, session)) ? "paid" : "unpaid"
    if (facts.provider === "paid") facts.payment = "authorized"
  }
  return facts
}

function paymentState(session: SessionRow | undefined): SettlementFacts["payment"] {
  const payment = session?.payment
  if (!payment) return "none"
  if (payment.canceled_at) return "canceled"
  return payment.captured_at ? "captured" : "authorized"
}

/**
 * Medusa's authorisation asks the provider for the intent's state: if the buyer's card was
 * authorised (a webhook was lost), the payment is recorded now; if not, nothing is made and
 * the session keeps the provider's word (pending, or what went wrong).
 */
async function askProvider(container: MedusaContainer, session: SessionRow): Promise<boolean> {
  try {
    const payment = await container.resolve(Modules.PAYMENT).authorizePaymentSession(session.id, {})
    return Boolean(payment)
  } catch {
    return false
  }
}

/** Decides and acts on one checkout; a failure is reported, and the next run looks again. */
export async function settleCheckout(container: MedusaContainer, checkout: Unsettled, stale: boolean): Promise<SettledCheckout> {
  const subject = checkout.kind === "cart" ? `cart ${checkout.cartId}` : `order ${checkout.orderId} (#${checkout.displayId})`
  const facts = await factsOf(container, checkout, stale)
  let settlement = decideSettlement(facts)
  try {
    if (settlement.action === "complete-cart" && checkout.kind === "cart") {
      try {
        await completeCartWorkflow(container).run({ input: { id: checkout.cartId } })
      } catch {
        settlement = decideSettlement({ ...facts, completionFailed: true })
      }
    }
    if (settlement.action === "void-payment" && checkout.session) await voidPayment(container, checkout.session.id)
    if (settlement.action === "finish-order" && checkout.kind === "order") await finishOrder(container, checkout)
    if (settlement.action === "cancel-order" && checkout.kind === "order") {
      await cancelOrderWorkflow(container).run({ input: { order_id: checkout.orderId } })
    }
    return { subject, action: settlement.action, reason: settlement.reason }
  } catch (error) {
    return { subject, action: settlement.action, reason: settlement.reason, error: error instanceof Error ? error.message : String(error) }
  }
}

/** The buyer's money goes back: a held card is released, a taken one refunded. */
async function voidPayment(container: MedusaContainer, sessionId: string): Promise<void> {
  const payments = container.resolve(Modules.PAYMENT)
  const [payment] = await payments.listPayments({ payment_session_id: sessionId }, { select: ["id", "amount", "captured_at", "canceled_at"] })
  if (!payment || payment.canceled_at) return
  if (payment.captured_at) {
    await payments.refundPayment({ payment_id: payment.id, amount: payment.amount })
  } else {
    await payments.cancelPayment(payment.id)
  }
}

/**
 * What the cart's completion did not get to: the payment recorded (cash and transfers are
 * authorised at once; a card was checked above), the cart closed, the order split into
 * parcels (which captures a card), and the order.placed event that tells buyer and households.
 */
async function finishOrder(container: MedusaContainer, checkout: Extract<Unsettled, { kind: "order" }>): Promise<void> {
  const session = checkout.session
  if (session && !session.payment) {
    await container.resolve(Modules.PAYMENT).authorizePaymentSession(session.id, {})
  }
  if (checkout.cartId) {
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(checkout.cartId, { select: ["id", "completed_at"] })
    if (!cart.completed_at) await carts.updateCarts(checkout.cartId, { completed_at: new Date() })
  }
  await splitOrderByHousehold(container, checkout.orderId)
  await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: checkout.orderId } })
}
