import { say } from "#scripts/lib/progress.ts"
import type { BudgetRow } from "./budget-table.ts"

/**
 * `npm run bench -- checkout`: 100 buyers press "Đặt hàng" at the same moment for the last 10
 * units of a fresh product (cash on delivery). Prints what the design's budget asks (exactly
 * 10 orders, stock never below zero, no payment left for a loser) and how long buyers waited.
 */
type Settings = { medusaUrl: string; publishableKey: string }
type Reply = { status: number; body: Record<string, unknown>; ms: number }

const BUYERS = 100
const UNITS = 10
const SELLER = { phone: "0910126704", password: "chophien2026", household: "ho-ha-thi-xuan" }
const ADDRESS = { name: "Người mua thử", phone: "0912345678", province_code: "HN", ward: "Phường Hoàn Kiếm", street: "1 Hàng Bạc" }

export type CheckoutFigures = { orders: number; outOfStock: number; other: number; availableAfter: number; waitP50Ms: number; waitP95Ms: number; raceSeconds: number }

async function call(settings: Settings, method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const started = performance.now()
  const response = await fetch(new URL(route, settings.medusaUrl), {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(route.startsWith("/store") ? { "x-publishable-api-key": settings.publishableKey } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, ms: performance.now() - started }
}

function must(reply: Reply, status: number, what: string): Record<string, unknown> {
  if (reply.status !== status) throw new Error(`${what} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`)
  return reply.body
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0

export async function benchCheckout(settings: Settings): Promise<CheckoutFigures> {
  const signedIn = must(await call(settings, "POST", "/seller/auth/sign-in", { phone: SELLER.phone, password: SELLER.password }), 200, "sign-in")
  const auth = { authorization: `Bearer ${signedIn.token as string}` }
  const products = `/seller/households/${SELLER.household}/products`
  const created = must(
    await call(settings, "POST", products, { title_vi: `Hạt dẻ đo tranh mua ${Date.now()}`, category: "nong-san", variants: [{ label: "Túi 1 kg", price_vnd: 150_000, weight_g: 1000, stock: UNITS }] }, auth),
    201,
    "create product"
  ).product as { id: string; variants: { id: string }[] }
  must(await call(settings, "POST", `${products}/${created.id}/publish`, {}, auth), 200, "publish")
  try {
    say(`  preparing ${BUYERS} carts of 1 unit each…`)
    const carts: { id: string; token: string }[] = []
    for (let start = 0; start < BUYERS; start += 10) {
      carts.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, BUYERS - start) }, async () => {
            const made = must(await call(settings, "POST", "/store/checkout/carts", {}), 201, "cart")
            const cart = { id: (made.cart as { id: string }).id, token: made.cart_token as string }
            const headers = { "x-cart-token": cart.token }
            must(await call(settings, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: created.variants[0].id, quantity: 1 }, headers), 200, "add")
            must(await call(settings, "POST", `/store/checkout/carts/${cart.id}/address`, ADDRESS, headers), 200, "address")
            return cart
          })
        ))
      )
    }
    say(`  ${BUYERS} buyers press "Đặt hàng" at once…`)
    const raceStarted = performance.now()
    const replies = await Promise.all(
      carts.map((cart) => call(settings, "POST", `/store/checkout/carts/${cart.id}/complete`, { method: "cod" }, { "x-cart-token": cart.token }))
    )
    const raceSeconds = (performance.now() - raceStarted) / 1000
    const listed = must(await call(settings, "GET", `/store/products?id=${created.id}&fields=variants.inventory_quantity`), 200, "stock")
      .products as { variants: { inventory_quantity: number }[] }[]
    const waits = replies.map((reply) => reply.ms)
    return {
      orders: replies.filter((reply) => reply.status === 200).length,
      outOfStock: replies.filter((reply) => reply.status === 409 && String(reply.body.message).startsWith("Hết hàng")).length,
      other: replies.filter((reply) => reply.status !== 200 && reply.status !== 409).length,
      availableAfter: listed[0]?.variants[0]?.inventory_quantity ?? Number.NaN,
      waitP50Ms: percentile(waits, 50),
      waitP95Ms: percentile(waits, 95),
      raceSeconds,
    }
  } finally {
    await call(settings, "POST", `${products}/${created.id}/unpublish`, {}, auth)
  }
}

export function checkoutRow(figures: CheckoutFigures): BudgetRow {
  return {
    what: "concurrent checkout, 100 buyers for 10 units",
    budget: "exactly 10 orders, no negative stock, no charge without an order",
    measured: `${figures.orders} orders, ${figures.outOfStock} "hết hàng", ${figures.other} other, ${figures.availableAfter} left; wait p50 ${(figures.waitP50Ms / 1000).toFixed(1)} s, p95 ${(figures.waitP95Ms / 1000).toFixed(1)} s`,
    ok: figures.orders === UNITS && figures.outOfStock === BUYERS - UNITS && figures.other === 0 && figures.availableAfter === 0,
  }
}
