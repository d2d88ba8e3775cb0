import { createRequire } from "node:module"
import type {
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { PaymentActions } from "@medusajs/framework/utils"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import { stripeClientOptions } from "./client-options"
import { checkEventAgainstSession, openIntentStatus, preferVerified, type EventIntent, type SessionFacts } from "./event-checks"
import { VerifiedIntents } from "./verified-intents"

export type StripeVnOptions = StripeOptions & {
  /** stripe-mock's address in tests and demos; unset means Stripe itself. */
  apiBase?: string
}

type SessionRow = {
  provider_id: string
  currency_code: string
  amount: number | string
  raw_amount?: { value: string }
  data?: Record<string, unknown>
}

type SessionReader = { retrieve: (id: string, config: { select: string[] }) => Promise<SessionRow> }

/**
 * The Stripe client of the same version @medusajs/payment-stripe was built against, so its
 * types and behaviour match the base class (another stripe version sits in node_modules too).
 */
const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as new (
  key: string,
  options: Record<string, unknown>,
) => unknown

/**
 * Cards through Stripe for a market priced in đồng. Medusa's Stripe provider does the work:
 * VND is in its zero-decimal list, so 180.000 ₫ goes to Stripe as amount 180000, and every
 * webhook is checked with Stripe's signature and its default 300-second tolerance
 * (constructEvent with the webhook secret). This class adds three things:
 *
 * 1. The client can point at another host (`apiBase`), which is how tests use stripe-mock.
 * 2. A success/authorisation event acts only if it is about the intent Medusa created for
 *    that session, for exactly the session's amount and currency (else: nothing happens).
 * 3. Trust in a verified event over a lagging GET (see getPaymentStatus below).
 * 4. A new or updated intent waiting for a card is "pending", never "error" (openIntentStatus).
 */
export class StripeVnProviderService extends StripeProviderService {
  private readonly verified = new VerifiedIntents()
  private readonly cradle: Record<string, unknown>

  constructor(cradle: Record<string, unknown>, options: StripeVnOptions) {
    super(cradle, options)
    this.cradle = cradle
    this.stripe_ = new StripeClient(options.apiKey, stripeClientOptions(options.apiBase)) as typeof this.stripe_
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return openIntentStatus(await super.initiatePayment(input))
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return openIntentStatus(await super.updatePayment(input))
  }

  /**
   * Medusa's webhook subscriber calls this first and, if the action is "successful" or
   * "authorized", runs processPaymentWorkflow, which authorises the session through
   * getPaymentStatus and completes the cart. constructWebhookEvent throws for a wrong
   * signature, a tampered body or a timestamp older than 300 s, so nothing after it runs.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const event = this.constructWebhookEvent(payload)
    const result = await super.getWebhookActionAndData(payload)
    if (result.action !== PaymentActions.SUCCESSFUL && result.action !== PaymentActions.AUTHORIZED) {
      return result
    }
    const intent = event.data.object as unknown as EventIntent
    const check = checkEventAgainstSession(event.type, intent, await this.sessionFacts(intent.metadata?.session_id))
    if (!check.ok) {
      this.logger()?.warn(`Stripe event ${event.id} (${event.type}) for ${intent.id} ignored: ${check.reason}`)
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    this.verified.remember(intent.id, check.verified)
    return result
  }

  /**
   * Stripe's GET is asked first and wins whenever it shows the intent authorised, paid or
   * cancelled. When it still shows an earlier state, a success that Stripe signed for this
   * intent and amount, verified moments ago in this process by getWebhookActionAndData,
   * decides instead. Why: the signed event is Stripe's own statement and a payment never
   * goes back from "succeeded", so it is as trustworthy as the GET; stripe-mock keeps no
   * state and always answers a fixture, so without this no test could place a card order.
   * Only events verified here count: session data can carry client-supplied keys, so it is
   * never read as proof.
   */
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const fromStripe = await super.getPaymentStatus(input)
    const data = input.data as Record<string, unknown> | undefined
    return preferVerified(fromStripe, this.verified.get(data?.id as string | undefined), data)
  }

  private async sessionFacts(sessionId: string | undefined): Promise<SessionFacts | undefined> {
    if (!sessionId) return undefined
    const sessions = this.cradle.paymentSessionService as SessionReader
    try {
      const session = await sessions.retrieve(sessionId, {
        select: ["id", "provider_id", "currency_code", "amount", "raw_amount", "data"],
      })
      const amount = session.raw_amount?.value ?? session.amount
      return {
        provider_id: session.provider_id,
        currency_code: session.currency_code,
        smallestAmount: getSmallestUnit(amount, session.currency_code),
        intentId: typeof session.data?.id === "string" ? session.data.id : undefined,
      }
    } catch {
      return undefined
    }
  }

  private logger(): Logger | undefined {
    return this.cradle.logger as Logger | undefined
  }
}
