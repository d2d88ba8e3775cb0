import { createServer, request, type Server } from "node:http"
import { existsSync, readFileSync } from "node:fs"
import { homedir } from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startStripeMock, type RunningStripeMock } from "../../scripts/lib/stripe/stripe-mock.ts"
import { StripeVnProviderService } from "../../commerce/src/modules/payment-stripe-vn/service.ts"
import { medusaUrl, publishableKey } from "../support/store-api"
import { sendStripeEvent, type StripeEventInput } from "../support/stripe-webhook"

/**
 * Card payments end to end against the test stack: real PostgreSQL, real Medusa, real
 * stripe-mock. stripe-mock keeps no state (a GET of an intent answers a fixture), so the
 * state changes come from webhook events signed here with the stack's webhook secret,
 * exactly as Stripe would send them.
 */

type CardCheckout = {
  cartId: string
  token: string
  paymentIntentId: string
  sessionId: string
  /** The payment session's amount in đồng, as Medusa stored it. */
  amount: number
  /** What Medusa stored from Stripe's answer to the create request. */
  intent: { id: string; amount: number; currency: string }
}

const db = new pg.Client({ connectionString: process.env.DATABASE_URL })

beforeAll(async () => {
  await db.connect()
})

afterAll(async () => {
  await db.end()
})

async function store<T>(method: string, route: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${medusaUrl}${route}`, {
    method,
    headers: {
      "x-publishable-api-key": publishableKey(),
      "content-type": "application/json",
      ...(token ? { "x-cart-token": token } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text) as T }
}

type Variant = { id: string; inventory_quantity?: number | null; calculated_price?: { calculated_amount: number } }

/** The sellable variant with the most stock, so repeated runs and other files do not empty it. */
async function roomiestVariant(): Promise<Variant> {
  const { body: regions } = await store<{ regions: { id: string; name: string }[] }>("GET", "/store/regions")
  const region = regions.regions.find((r) => r.name === "Việt Nam")
  const { body } = await store<{ products: { variants: Variant[] }[] }>(
    "GET",
    `/store/products?limit=50&region_id=${region?.id}&fields=*variants,+variants.inventory_quantity,*variants.calculated_price`,
  )
  const variants = body.products.flatMap((p) => p.variants).filter((v) => (v.inventory_quantity ?? 0) > 0)
  variants.sort((a, b) => (b.inventory_quantity ?? 0) - (a.inventory_quantity ?? 0))
  if (!variants[0]) throw new Error("No variant in stock in the seeded catalog")
  return variants[0]
}

/** A cart with one line and an address, paid by card up to the point Stripe.js would take over. */
async function cardCheckout(variant: Variant): Promise<CardCheckout> {
  const created = await store<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", {})
  expect(created.status).toBe(201)
  const { cart, cart_token: token } = created.body
  const line = await store("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, token)
  expect(line.status).toBe(200)
  const address = await store(
    "POST",
    `/store/checkout/carts/${cart.id}/address`,
    { name: "Nguyễn Thị Lan", phone: "0912345678", province_code: "HN", ward: "Hàng Bạc", street: "12 Hàng Bạc" },
    token,
  )
  expect(address.status).toBe(200)
  const paid = await store<{ payment: { client_secret: string; payment_intent_id: string } }>(
    "POST",
    `/store/checkout/carts/${cart.id}/complete`,
    { method: "stripe" },
    token,
  )
  expect(paid.status).toBe(200)
  const paymentIntentId = paid.body.payment.payment_intent_id
  expect(paymentIntentId).toMatch(/^pi_/)
  expect(paid.body.payment.client_secret).toMatch(/_secret_/)
  const { rows } = await db.query(
    `select id, amount, data from payment_session
      where provider_id = 'pp_stripe_stripe' and data->>'id' = $1 and deleted_at is null`,
    [paymentIntentId],
  )
  expect(rows).toHaveLength(1)
  return {
    cartId: cart.id,
    token,
    paymentIntentId,
    sessionId: rows[0].id,
    amount: Number(rows[0].amount),
    intent: rows[0].data,
  }
}

type CartState = { orders: string[]; payments: number; captures: number[]; sessionStatus: string; authorized: boolean }

async function cartState(checkout: CardCheckout): Promise<CartState> {
  const orders = await db.query(`select order_id from order_cart where cart_id = $1 and deleted_at is null`, [checkout.cartId])
  const payments = await db.query(`select id from payment where payment_session_id = $1 and deleted_at is null`, [checkout.sessionId])
  const captures = await db.query(
    `select c.amount from capture c join payment p on p.id = c.payment_id
      where p.payment_session_id = $1 and c.deleted_at is null`,
    [checkout.sessionId],
  )
  const session = await db.query(
    `select status, authorized_at from payment_session where id = $1 and deleted_at is null`,
    [checkout.sessionId],
  )
  return {
    orders: orders.rows.map((r) => r.order_id as string),
    payments: payments.rowCount ?? 0,
    captures: captures.rows.map((r) => Number(r.amount)),
    sessionStatus: session.rows[0]?.status ?? "gone",
    authorized: Boolean(session.rows[0]?.authorized_at),
  }
}

/** Polls until the cart has an order (Medusa handles a webhook about 5 s after answering it). */
async function waitForOrder(checkout: CardCheckout, timeoutMs = 90_000): Promise<CartState> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = await cartState(checkout)
    if (state.orders.length > 0 || Date.now() > deadline) return state
    await sleep(500)
  }
}

/** How often Medusa has started handling a webhook so far (its log, one line per event). */
function webhooksStarted(): number {
  const log = path.join(process.env.CHO_PHIEN_DATA_DIR ?? "", "logs/medusa.log")
  if (!existsSync(log)) return 0
  return readFileSync(log, "utf8").split("\n").filter((l) => l.includes("Processing payment.webhook_received")).length
}

/**
 * Waits until Medusa has started handling `count` more webhooks than `before`, then until the
 * cart's payment state has stayed the same for several polls in a row (handlers of replayed
 * events queue on the cart's lock, one after the other).
 */
async function settle(checkout: CardCheckout, before: number, count: number): Promise<CartState> {
  const deadline = Date.now() + 120_000
  while (webhooksStarted() < before + count && Date.now() < deadline) await sleep(500)
  let last = JSON.stringify(await cartState(checkout))
  let stable = 0
  while (stable < 6 && Date.now() < deadline) {
    await sleep(1_000)
    const now = JSON.stringify(await cartState(checkout))
    stable = now === last ? stable + 1 : 0
    last = now
  }
  return JSON.parse(last) as CartState
}

function success(checkout: CardCheckout, overrides: Partial<StripeEventInput> = {}): StripeEventInput {
  return {
    type: "payment_intent.succeeded",
    paymentIntentId: checkout.paymentIntentId,
    sessionId: checkout.sessionId,
    amount: checkout.amount,
    currency: "vnd",
    ...overrides,
  }
}

describe("card payment through Stripe (stripe-mock), in đồng", () => {
  let variant: Variant

  beforeAll(async () => {
    variant = await roomiestVariant()
  })

  it("creates the PaymentIntent for the session's amount in whole đồng and the order only on a signed success", async () => {
    const checkout = await cardCheckout(variant)
    // VND has no minor unit: 180.000 ₫ is amount 180000 at Stripe, never 18000000.
    expect(Number.isInteger(checkout.amount)).toBe(true)
    expect(checkout.amount).toBeGreaterThanOrEqual(variant.calculated_price?.calculated_amount ?? 1)
    expect(checkout.intent.amount).toBe(checkout.amount)
    expect(checkout.intent.currency).toBe("vnd")
    // A new intent waits for the card: pending, not the "error" stripe-mock's fixture suggests.
    expect(await cartState(checkout)).toMatchObject({ orders: [], payments: 0, sessionStatus: "pending" })

    const sent = await sendStripeEvent(success(checkout))
    expect(sent.status).toBe(200)
    const state = await waitForOrder(checkout)
    expect(state.orders).toHaveLength(1)
    expect(state.payments).toBe(1)
    expect(state.captures).toEqual([checkout.amount])
    expect(state.authorized).toBe(true)

    // As the checkout page does: poll until the order is placed and split (404 until then).
    const readOrder = () =>
      store<{ order: { total: number; payment: { method: string; status: string } } }>(
        "GET",
        `/store/checkout/carts/${checkout.cartId}/order`,
        undefined,
        checkout.token,
      )
    let order = await readOrder()
    for (let tries = 0; order.status === 404 && tries < 60; tries++) {
      await sleep(500)
      order = await readOrder()
    }
    expect(order.status).toBe(200)
    expect(order.body.order.total).toBe(checkout.amount)
  })

  it("replayed 5 times in a row and 5 times at once, one success still makes one order and one capture", async () => {
    const checkout = await cardCheckout(variant)
    const before = webhooksStarted()
    const event = success(checkout)
    expect((await sendStripeEvent(event)).status).toBe(200)
    expect((await waitForOrder(checkout)).orders).toHaveLength(1)
    for (let i = 0; i < 5; i++) expect((await sendStripeEvent(event)).status).toBe(200)
    const parallel = await Promise.all(Array.from({ length: 5 }, () => sendStripeEvent(event)))
    expect(parallel.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])

    const state = await settle(checkout, before, 11)
    expect(state.orders).toHaveLength(1)
    expect(state.payments).toBe(1)
    expect(state.captures).toEqual([checkout.amount])
    const transactions = await db.query(`select amount from order_transaction where order_id = $1 and deleted_at is null`, [
      state.orders[0],
    ])
    expect(transactions.rows.map((r) => Number(r.amount))).toEqual([checkout.amount])
  })

  it("parallel first deliveries of one success make one order", async () => {
    const checkout = await cardCheckout(variant)
    const before = webhooksStarted()
    const event = success(checkout)
    const sent = await Promise.all(Array.from({ length: 5 }, () => sendStripeEvent(event)))
    expect(sent.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    const state = await settle(checkout, before, 5)
    expect(state.orders).toHaveLength(1)
    expect(state.payments).toBe(1)
    expect(state.captures).toEqual([checkout.amount])
  })

  it("a wrong signature, an old timestamp, a tampered body, a failure or a wrong amount change nothing", async () => {
    const checkout = await cardCheckout(variant)
    const control = await cardCheckout(variant)
    const refused = [
      await sendStripeEvent(success(checkout), { secret: "whsec_not_this_endpoint_secret" }),
      await sendStripeEvent(success(checkout), { timestampOffsetSeconds: -301 }),
      await sendStripeEvent(success(checkout), { timestampOffsetSeconds: -3600 }),
      await sendStripeEvent(success(checkout), { tamper: true }),
      await sendStripeEvent(success(checkout, { type: "payment_intent.payment_failed" })),
      await sendStripeEvent(success(checkout, { amount: checkout.amount - 1000 })),
      await sendStripeEvent(success(checkout, { amount: checkout.amount * 100 })),
      await sendStripeEvent(success(checkout, { currency: "usd" })),
      // A correctly signed success naming this session but another intent.
      await sendStripeEvent(success(checkout, { paymentIntentId: "pi_someone_else" })),
    ]
    // Medusa answers 200 at once and checks the event in its subscriber moments later.
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 200))

    // Sent last, so by the time its order exists the events above have been handled.
    await sendStripeEvent(success(control))
    expect((await waitForOrder(control)).orders).toHaveLength(1)

    const state = await cartState(checkout)
    expect(state).toMatchObject({ orders: [], payments: 0, captures: [], authorized: false })
    expect(state.sessionStatus).not.toBe("authorized")
    const order = await store("GET", `/store/checkout/carts/${checkout.cartId}/order`, undefined, checkout.token)
    expect(order.status).toBe(404)

    // The same cart still pays once Stripe's real signed success arrives: the refusals above
    // were about the events, not the cart.
    await sendStripeEvent(success(checkout))
    const paid = await waitForOrder(checkout)
    expect(paid.orders).toHaveLength(1)
    expect(paid.captures).toEqual([checkout.amount])
  })

  it("an authorisation event (amount_capturable_updated) for the full amount places the order", async () => {
    const checkout = await cardCheckout(variant)
    const before = webhooksStarted()
    await sendStripeEvent(success(checkout, { type: "payment_intent.amount_capturable_updated" }))
    // Medusa links the order to the cart before it authorises the payment: wait for the order,
    // then until nothing moves any more.
    await waitForOrder(checkout)
    const state = await settle(checkout, before, 1)
    expect(state.orders).toHaveLength(1)
    expect(state.payments).toBe(1)
    expect(state.authorized).toBe(true)
    // Cards are only authorised at checkout; the order's split captures the whole amount.
    expect(state.captures).toEqual([checkout.amount])
  })
})

describe("the request Medusa's Stripe client sends for 180.000 ₫", () => {
  let stripeMock: RunningStripeMock
  let proxy: Server
  let proxyUrl: string
  const recorded: { method: string; path: string; body: string }[] = []

  beforeAll(async () => {
    const binary = process.env.STRIPE_MOCK_PATH ?? path.join(homedir(), "go/bin/stripe-mock")
    stripeMock = await startStripeMock({ binary })
    // A recording proxy in front of stripe-mock: what reaches "Stripe" is exactly what we read.
    const target = new URL(stripeMock.url)
    proxy = createServer((incoming, outgoing) => {
      const chunks: Buffer[] = []
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk))
      incoming.on("end", () => {
        const body = Buffer.concat(chunks)
        recorded.push({ method: incoming.method ?? "", path: incoming.url ?? "", body: body.toString("utf8") })
        const forward = request(
          { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(outgoing)
          },
        )
        forward.end(body)
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve))
    const address = proxy.address()
    proxyUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`
  })

  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve))
    await stripeMock?.stop()
  })

  it("sends amount=180000 currency=vnd, and keeps Stripe's 180000 as 180000 ₫", async () => {
    const provider = new StripeVnProviderService(
      { logger: console },
      { apiKey: "sk_test_recorder", webhookSecret: "whsec_recorder", apiBase: proxyUrl, capture: true },
    )
    const session = await provider.initiatePayment({
      amount: 180000,
      currency_code: "vnd",
      data: { session_id: "payses_recorder" },
      context: { idempotency_key: "payses_recorder" },
    })
    const create = recorded.find((r) => r.method === "POST" && r.path === "/v1/payment_intents")
    expect(create).toBeDefined()
    const form = new URLSearchParams(create?.body)
    expect(form.get("amount")).toBe("180000")
    expect(form.get("currency")).toBe("vnd")
    expect(form.get("metadata[session_id]")).toBe("payses_recorder")
    expect(form.get("capture_method")).toBe("automatic")
    expect((session.data as { amount: number }).amount).toBe(180000)

    const retrieved = await provider.retrievePayment({ data: { id: session.id } })
    // stripe-mock's fixture for a GET is 1099 usd (it keeps nothing); the conversion back
    // divides by 1 for VND and by 100 for USD, which is what this shows.
    expect(retrieved).toMatchObject({ data: { currency: "usd", amount: 10.99 } })
  })
})
