import type { GetPaymentStatusOutput } from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import type { VerifiedIntent } from "./verified-intents"

/** The parts of a Stripe PaymentIntent (from a signed event) this provider reads. */
export type EventIntent = {
  id: string
  status: string
  currency: string
  amount: number
  amount_received?: number
  amount_capturable?: number
  metadata?: Record<string, string>
}

/** The payment session the event names, as Medusa stored it. */
export type SessionFacts = {
  provider_id: string
  currency_code: string
  /** The session amount converted to Stripe's smallest unit (VND: đồng, no cents). */
  smallestAmount: number
  /** The PaymentIntent id Medusa stored when it created the intent for this session. */
  intentId: string | undefined
}

export type EventCheck = { ok: true; verified: Omit<VerifiedIntent, "rememberedAt"> } | { ok: false; reason: string }

/**
 * A signed success or authorisation event is acted on only when it is about the very intent
 * Medusa created for that session, in the session's currency, for exactly the session's
 * amount. Anything else (a partial payment, another session's intent) changes nothing.
 */
export function checkEventAgainstSession(
  type: string,
  intent: EventIntent,
  session: SessionFacts | undefined,
): EventCheck {
  const expected =
    type === "payment_intent.succeeded"
      ? { status: "succeeded" as const, amount: intent.amount_received }
      : type === "payment_intent.amount_capturable_updated"
        ? { status: "requires_capture" as const, amount: intent.amount_capturable }
        : undefined
  if (!expected) return { ok: false, reason: `event ${type} does not pay a session` }
  if (!session) return { ok: false, reason: "no payment session with that id" }
  if (!session.provider_id.startsWith("pp_stripe")) return { ok: false, reason: "the session is not a card session" }
  if (session.intentId !== intent.id) return { ok: false, reason: "the intent is not the one created for this session" }
  if (intent.status !== expected.status) {
    return { ok: false, reason: `intent status ${intent.status} does not match ${type}` }
  }
  if (intent.currency.toLowerCase() !== session.currency_code.toLowerCase()) {
    return { ok: false, reason: `currency ${intent.currency} is not the session's ${session.currency_code}` }
  }
  if (expected.amount !== session.smallestAmount || intent.amount !== session.smallestAmount) {
    return { ok: false, reason: `amount ${expected.amount} is not the session's ${session.smallestAmount}` }
  }
  return { ok: true, verified: { status: expected.status, amount: session.smallestAmount, intent: { ...intent } } }
}

/** Stripe states an intent passes through before it is authorised or paid. */
const EARLIER_STATES = new Set(["requires_payment_method", "requires_confirmation", "requires_action", "processing"])

type StatusResult = GetPaymentStatusOutput

/**
 * What to tell Medusa about an intent: Stripe's answer to a GET, unless a signed event in
 * this process already proved a later state for the same intent and amount. A GET can only
 * lag a signed event by showing an earlier state (real Stripe during replication, or
 * stripe-mock, which keeps no state and answers a fixture); a later state it shows (paid,
 * cancelled) always wins.
 */
export function preferVerified(
  fromStripe: StatusResult,
  verified: VerifiedIntent | undefined,
  sessionData: Record<string, unknown> | undefined,
): StatusResult {
  if (!verified) return fromStripe
  if (fromStripe.status === PaymentSessionStatus.AUTHORIZED || fromStripe.status === PaymentSessionStatus.CAPTURED) {
    return fromStripe
  }
  const stripeState = String(fromStripe.data?.status ?? "")
  if (!EARLIER_STATES.has(stripeState)) return fromStripe
  if (sessionData?.amount !== verified.amount) return fromStripe
  return {
    status: verified.status === "succeeded" ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED,
    data: verified.intent,
  }
}

/**
 * Medusa calls an intent in "requires_payment_method" with a `last_payment_error` an error,
 * which makes the session unusable for completing the cart. For an intent that was just
 * created or updated that is wrong: Stripe's own meaning of the state is "attach a card",
 * and a buyer whose first card was declined may try another on the same intent. (stripe-mock's
 * fixture always carries such an error.) A GET during authorisation keeps Medusa's reading.
 */
export function openIntentStatus<T extends { status?: string; data?: unknown }>(result: T): T {
  const intent = result.data as { status?: string } | undefined
  if (result.status === PaymentSessionStatus.ERROR && intent?.status === "requires_payment_method") {
    return { ...result, status: PaymentSessionStatus.PENDING } as T
  }
  return result
}
