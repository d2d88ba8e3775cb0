import { createHmac, randomBytes } from "node:crypto"

/**
 * Sends Medusa the webhook events Stripe would send, signed the way Stripe signs them
 * (header `stripe-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the
 * endpoint secret>`). Medusa checks them with the stripe library's own constructEvent, so a
 * mistake here would show up as every event being refused.
 *
 *   await sendStripeEvent({ type: "payment_intent.succeeded", paymentIntentId, sessionId, amount: 180000 })
 *   await sendStripeEvent({ ... }, { tamper: true })            // body changed after signing
 *   await sendStripeEvent({ ... }, { timestampOffsetSeconds: -600 })  // older than Stripe's 300 s
 *   await sendStripeEvent({ ... }, { secret: "whsec_wrong" })   // not signed by our endpoint
 */
export type StripeEventType =
  | "payment_intent.succeeded"
  | "payment_intent.amount_capturable_updated"
  | "payment_intent.payment_failed"
  | "payment_intent.canceled"
  | "payment_intent.processing"

export type StripeEventInput = {
  type: StripeEventType
  paymentIntentId: string
  /** The Medusa payment session (Stripe keeps it in the intent's metadata.session_id). */
  sessionId: string
  /** In Stripe's smallest unit; for VND the number of đồng (180.000 ₫ → 180000). */
  amount: number
  currency?: string
}

export type SendOptions = {
  /** Change the amount in the body after signing it. */
  tamper?: boolean
  /** Moves the signature's timestamp; below -300 Stripe's library refuses the event. */
  timestampOffsetSeconds?: number
  /** Sign with this secret instead of the stack's STRIPE_WEBHOOK_SECRET. */
  secret?: string
  medusaUrl?: string
  /** The provider's webhook path segment: pp_stripe_stripe answers at /hooks/payment/stripe_stripe. */
  provider?: string
}

const STATUS: Record<StripeEventType, string> = {
  "payment_intent.succeeded": "succeeded",
  "payment_intent.amount_capturable_updated": "requires_capture",
  "payment_intent.payment_failed": "requires_payment_method",
  "payment_intent.canceled": "canceled",
  "payment_intent.processing": "processing",
}

export function buildStripeEvent(input: StripeEventInput, created = Math.floor(Date.now() / 1000)) {
  const status = STATUS[input.type]
  return {
    id: `evt_${randomBytes(12).toString("hex")}`,
    object: "event",
    api_version: "2024-04-10",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: input.type,
    data: {
      object: {
        id: input.paymentIntentId,
        object: "payment_intent",
        amount: input.amount,
        amount_capturable: status === "requires_capture" ? input.amount : 0,
        amount_received: status === "succeeded" ? input.amount : 0,
        capture_method: status === "requires_capture" ? "manual" : "automatic",
        currency: input.currency ?? "vnd",
        created,
        livemode: false,
        metadata: { session_id: input.sessionId },
        payment_method: null,
        payment_method_types: ["card"],
        status,
        last_payment_error:
          input.type === "payment_intent.payment_failed"
            ? { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }
            : null,
      },
    },
  }
}

/** Stripe's signature header for a body at a timestamp. */
export function stripeSignature(body: string, secret: string, timestamp: number): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")
  return `t=${timestamp},v1=${v1}`
}

export type SentEvent = { status: number; text: string; event: ReturnType<typeof buildStripeEvent> }

export async function sendStripeEvent(input: StripeEventInput, options: SendOptions = {}): Promise<SentEvent> {
  const secret = options.secret ?? process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not set: run these tests through `npm test`")
  const medusaUrl = options.medusaUrl ?? process.env.CHO_PHIEN_MEDUSA_URL ?? "http://localhost:9000"
  const timestamp = Math.floor(Date.now() / 1000) + (options.timestampOffsetSeconds ?? 0)
  const event = buildStripeEvent(input, timestamp)
  const signedBody = JSON.stringify(event)
  const body = options.tamper
    ? JSON.stringify({ ...event, data: { object: { ...event.data.object, amount_received: input.amount + 1 } } })
    : signedBody
  const response = await fetch(`${medusaUrl}/hooks/payment/${options.provider ?? "stripe_stripe"}`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": stripeSignature(signedBody, secret, timestamp) },
    body,
  })
  return { status: response.status, text: await response.text(), event }
}
