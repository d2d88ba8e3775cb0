import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http"

/**
 * A stand-in for Stripe's memory, in front of stripe-mock. stripe-mock keeps no state: a GET
 * of an intent always answers the same fixture, so a server that lost a webhook could never
 * learn from it that the buyer paid. This proxy forwards everything to stripe-mock and
 * remembers only what the real Stripe would: which intents a buyer's card authorised (the
 * test says so, as Stripe.js would have), and the captures and cancellations Medusa asked
 * for. A GET of a remembered intent then answers its real state.
 */
export type IntentState = "requires_capture" | "succeeded" | "canceled"

export type StripeMemory = {
  url: string
  /** The buyer's card authorised this intent for `amount` đồng (Stripe.js' confirmCardPayment). */
  authorise: (intentId: string, amount: number, sessionId: string) => void
  state: (intentId: string) => IntentState | undefined
  captures: (intentId: string) => number
  cancels: (intentId: string) => number
  close: () => Promise<void>
}

type Remembered = { amount: number; sessionId: string; status: IntentState; captures: number; cancels: number }

export async function startStripeMemory(stripeMockUrl: string): Promise<StripeMemory> {
  const target = new URL(stripeMockUrl)
  const intents = new Map<string, Remembered>()

  const answer = (incoming: IncomingMessage, outgoing: ServerResponse, body: Buffer) => {
    const match = /^\/v1\/payment_intents\/([^/?]+)(?:\/(capture|cancel))?/.exec(incoming.url ?? "")
    const known = match ? intents.get(match[1]) : undefined
    if (known && match?.[2] === "capture") {
      known.captures += 1
      known.status = "succeeded"
    }
    if (known && match?.[2] === "cancel") {
      known.cancels += 1
      known.status = "canceled"
    }
    const forward = request(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (reply) => {
        const chunks: Buffer[] = []
        reply.on("data", (chunk: Buffer) => chunks.push(chunk))
        reply.on("end", () => {
          let text = Buffer.concat(chunks).toString("utf8")
          if (known && match && (reply.statusCode ?? 500) < 300) text = JSON.stringify(rememberedIntent(JSON.parse(text), match[1], known))
          // The body is whole now, so it goes out with its length instead of in chunks.
          const { "transfer-encoding": _chunked, ...headers } = reply.headers
          headers["content-length"] = String(Buffer.byteLength(text))
          outgoing.writeHead(reply.statusCode ?? 502, headers)
          outgoing.end(text)
        })
      },
    )
    forward.on("error", () => {
      outgoing.writeHead(502)
      outgoing.end()
    })
    forward.end(body)
  }

  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk))
    incoming.on("end", () => answer(incoming, outgoing, Buffer.concat(chunks)))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    authorise: (intentId, amount, sessionId) =>
      intents.set(intentId, { amount, sessionId, status: "requires_capture", captures: 0, cancels: 0 }),
    state: (intentId) => intents.get(intentId)?.status,
    captures: (intentId) => intents.get(intentId)?.captures ?? 0,
    cancels: (intentId) => intents.get(intentId)?.cancels ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function rememberedIntent(fixture: Record<string, unknown>, id: string, known: Remembered): Record<string, unknown> {
  return {
    ...fixture,
    id,
    object: "payment_intent",
    amount: known.amount,
    amount_capturable: known.status === "requires_capture" ? known.amount : 0,
    amount_received: known.status === "succeeded" ? known.amount : 0,
    currency: "vnd",
    capture_method: "manual",
    metadata: { session_id: known.sessionId },
    status: known.status,
  }
}
