import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import { describe, expect, it } from "vitest"
import { stripeClientOptions } from "./client-options"
import { checkEventAgainstSession, openIntentStatus, preferVerified, type EventIntent, type SessionFacts } from "./event-checks"
import { VerifiedIntents, type VerifiedIntent } from "./verified-intents"

describe("stripeClientOptions", () => {
  it.each([
    [undefined, { telemetry: false }],
    ["http://127.0.0.1:12111", { host: "127.0.0.1", port: 12111, protocol: "http", maxNetworkRetries: 0, telemetry: false }],
    ["http://localhost", { host: "localhost", port: 80, protocol: "http", maxNetworkRetries: 0, telemetry: false }],
    ["https://stripe.internal:8443", { host: "stripe.internal", port: 8443, protocol: "https", maxNetworkRetries: 0, telemetry: false }],
  ])("%s", (apiBase, expected) => {
    expect(stripeClientOptions(apiBase)).toEqual(expected)
  })

  it("refuses an address that is not http(s)", () => {
    expect(() => stripeClientOptions("ftp://127.0.0.1:21")).toThrow(/http/)
  })
})

describe("VND is zero-decimal in Medusa's Stripe conversion", () => {
  it.each([
    [180000, "vnd", 180000],
    [180000, "VND", 180000],
    [1, "vnd", 1],
    [18.5, "usd", 1850],
  ])("%s %s → %s", (amount, currency, expected) => {
    expect(getSmallestUnit(amount, currency)).toBe(expected)
  })
})

const session: SessionFacts = {
  provider_id: "pp_stripe_stripe",
  currency_code: "vnd",
  smallestAmount: 180000,
  intentId: "pi_1",
}
const paid: EventIntent = {
  id: "pi_1",
  status: "succeeded",
  currency: "vnd",
  amount: 180000,
  amount_received: 180000,
  amount_capturable: 0,
  metadata: { session_id: "payses_1" },
}
const held: EventIntent = { ...paid, status: "requires_capture", amount_received: 0, amount_capturable: 180000 }

describe("checkEventAgainstSession", () => {
  const cases: [string, string, EventIntent, SessionFacts | undefined, boolean | RegExp][] = [
    ["a full payment of this session's intent", "payment_intent.succeeded", paid, session, true],
    ["a full authorisation", "payment_intent.amount_capturable_updated", held, session, true],
    ["a partial payment", "payment_intent.succeeded", { ...paid, amount_received: 179999 }, session, /amount/],
    ["more than the session", "payment_intent.succeeded", { ...paid, amount: 180001, amount_received: 180001 }, session, /amount/],
    ["a payment in cents-style units (100×)", "payment_intent.succeeded", { ...paid, amount: 18000000, amount_received: 18000000 }, session, /amount/],
    ["a partial authorisation", "payment_intent.amount_capturable_updated", { ...held, amount_capturable: 1000 }, session, /amount/],
    ["another currency", "payment_intent.succeeded", { ...paid, currency: "usd" }, session, /currency/],
    ["another session's intent", "payment_intent.succeeded", { ...paid, id: "pi_2" }, session, /not the one/],
    ["an unknown session", "payment_intent.succeeded", paid, undefined, /no payment session/],
    ["a session of another provider", "payment_intent.succeeded", paid, { ...session, provider_id: "pp_cod_cod" }, /card/],
    ["a success event whose intent is not succeeded", "payment_intent.succeeded", { ...paid, status: "processing" }, session, /status/],
    ["a failure", "payment_intent.payment_failed", paid, session, /does not pay/],
  ]
  it.each(cases)("%s", (_name, type, intent, facts, expected) => {
    const check = checkEventAgainstSession(type, intent, facts)
    if (expected === true) {
      expect(check.ok).toBe(true)
    } else {
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.reason).toMatch(expected as RegExp)
    }
  })

  it("remembers the amount and the intent it checked", () => {
    const check = checkEventAgainstSession("payment_intent.succeeded", paid, session)
    expect(check).toEqual({ ok: true, verified: { status: "succeeded", amount: 180000, intent: paid } })
  })
})

describe("preferVerified", () => {
  const verifiedPaid: VerifiedIntent = { status: "succeeded", amount: 180000, intent: { id: "pi_1", status: "succeeded" }, rememberedAt: 0 }
  const verifiedHeld: VerifiedIntent = { ...verifiedPaid, status: "requires_capture" }
  const fixture = (status: string, session = PaymentSessionStatus.PENDING) => ({ status: session, data: { id: "pi_1", status } })
  const sessionData = { id: "pi_1", amount: 180000 }
  const cases: [string, ReturnType<typeof fixture>, VerifiedIntent | undefined, Record<string, unknown>, PaymentSessionStatus, string][] = [
    ["no signed event: Stripe's answer", fixture("requires_payment_method"), undefined, sessionData, PaymentSessionStatus.PENDING, "requires_payment_method"],
    ["GET lags a signed success", fixture("requires_payment_method", PaymentSessionStatus.ERROR), verifiedPaid, sessionData, PaymentSessionStatus.CAPTURED, "succeeded"],
    ["GET lags a signed authorisation", fixture("processing"), verifiedHeld, sessionData, PaymentSessionStatus.AUTHORIZED, "succeeded"],
    ["GET already paid", fixture("succeeded", PaymentSessionStatus.CAPTURED), verifiedHeld, sessionData, PaymentSessionStatus.CAPTURED, "succeeded"],
    ["GET says cancelled: later state wins", fixture("canceled", PaymentSessionStatus.CANCELED), verifiedPaid, sessionData, PaymentSessionStatus.CANCELED, "canceled"],
    ["session amount differs from the signed one", fixture("requires_payment_method"), verifiedPaid, { ...sessionData, amount: 1000 }, PaymentSessionStatus.PENDING, "requires_payment_method"],
  ]
  it.each(cases)("%s", (_name, fromStripe, verified, data, status, intentStatus) => {
    const result = preferVerified(fromStripe, verified, data)
    expect(result.status).toBe(status)
    expect(result.data?.status).toBe(intentStatus)
  })
})

describe("VerifiedIntents", () => {
  const entry = { status: "succeeded" as const, amount: 1, intent: {} }

  it("forgets an event after its time", () => {
    let now = 0
    const memory = new VerifiedIntents(1_000, 10, () => now)
    memory.remember("pi_1", entry)
    now = 1_000
    expect(memory.get("pi_1")?.amount).toBe(1)
    now = 1_001
    expect(memory.get("pi_1")).toBeUndefined()
  })

  it("keeps at most its capacity, dropping the oldest", () => {
    const memory = new VerifiedIntents(60_000, 2)
    memory.remember("pi_1", entry)
    memory.remember("pi_2", entry)
    memory.remember("pi_3", entry)
    expect([memory.get("pi_1"), memory.get("pi_2"), memory.get("pi_3")].map(Boolean)).toEqual([false, true, true])
  })

  it("knows nothing of an intent without id", () => {
    expect(new VerifiedIntents().get(undefined)).toBeUndefined()
  })
})

describe("openIntentStatus", () => {
  it.each([
    ["a new intent carrying an old decline waits for a card", PaymentSessionStatus.ERROR, "requires_payment_method", PaymentSessionStatus.PENDING],
    ["a plain new intent", PaymentSessionStatus.PENDING, "requires_payment_method", PaymentSessionStatus.PENDING],
    ["an intent needing 3-D Secure", PaymentSessionStatus.REQUIRES_MORE, "requires_action", PaymentSessionStatus.REQUIRES_MORE],
    ["a cancelled intent", PaymentSessionStatus.CANCELED, "canceled", PaymentSessionStatus.CANCELED],
    ["an error in another state", PaymentSessionStatus.ERROR, "processing", PaymentSessionStatus.ERROR],
  ])("%s", (_name, status, intentStatus, expected) => {
    expect(openIntentStatus({ status, data: { status: intentStatus } }).status).toBe(expected)
  })
})
