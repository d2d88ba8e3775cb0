import { setTimeout as sleep } from "node:timers/promises"
import type { TestCart, CompleteReply } from "../../support/checkout-api.ts"
import { call, type Reply } from "../../support/seller-api.ts"
import { chaosSettings } from "./settings.ts"

/**
 * Where the scale-out test puts its instances: server A on the chaos Medusa port (test/support
 * talks to it), server B and the worker on the next two ports, and a data folder of its own
 * beside the chaos one (its seed has no cards, the other stacks' has). SCALE_OUT_* move them.
 */
export function scaleOutSettings(env: NodeJS.ProcessEnv = process.env) {
  const chaos = chaosSettings(env)
  const port = (name: string, fallback: number) => Number(env[name] || fallback)
  return {
    dataDir: chaos.scaleOutDataDir,
    pgPort: chaos.pgPort,
    serverPorts: [chaos.medusaPort, port("SCALE_OUT_SERVER_B_PORT", chaos.medusaPort + 1)],
    workerPort: port("SCALE_OUT_WORKER_PORT", chaos.medusaPort + 2),
  }
}

/** A Store API call to one chosen server (test/support always talks to server A). */
export function storeCallOn<T = Record<string, unknown>>(
  server: string,
  method: string,
  route: string,
  options: { body?: unknown; headers?: Record<string, string>; from?: string } = {},
): Promise<Reply<T>> {
  const key = process.env.CHO_PHIEN_PUBLISHABLE_KEY ?? ""
  return call<T>(method, new URL(route, server).toString(), {
    ...options,
    headers: { "x-publishable-api-key": key, ...options.headers },
  })
}

/** Pays and places the cart's order through `server`, whatever the answer. */
export function completeOn(server: string, cart: TestCart, method: "cod" | "vietqr" = "cod"): Promise<CompleteReply> {
  return storeCallOn(server, "POST", `/store/checkout/carts/${cart.id}/complete`, {
    body: { method },
    headers: { "x-cart-token": cart.token },
  })
}

type SearchHit = { handle: string; title: string }

/**
 * Asks `server`'s search every half second until `q` finds `handle`; returns how long that
 * took, or undefined if it never did within `limitMs` (a figure to print, not to assert).
 */
export async function waitUntilFound(server: string, q: string, handle: string, limitMs: number, from?: string): Promise<number | undefined> {
  const started = performance.now()
  while (performance.now() - started < limitMs) {
    const reply = await storeCallOn<{ hits?: SearchHit[] }>(server, "GET", `/store/search?q=${encodeURIComponent(q)}`, { from })
    if (reply.status === 200 && reply.body.hits?.some((hit) => hit.handle === handle)) {
      return Math.round(performance.now() - started)
    }
    await sleep(500)
  }
  return undefined
}
