import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freePort } from "../../scripts/lib/stripe/stripe-mock.ts"
import { complete, readyCart } from "../support/checkout-api"
import { publishedProduct, verifiedHousehold, withdrawProduct, type TestHousehold, type TestProduct } from "../support/checkout-fixtures"
import { call } from "../support/seller-api"
import { startChaosStack, type ChaosStack } from "./support/chaos-stack.ts"

/**
 * The search engine is down: Medusa runs with MEILI_URL (the Meilisearch provider) pointing
 * at a port where nothing listens. No Meilisearch server can run here, so "down" is the only
 * state of it this test can show: an address that refuses connections stands in for an
 * engine that crashed. The catalogue and checkout must not notice; search must never answer
 * 500: either from the index still active, or a 503 with a Vietnamese message.
 */
let stack: ChaosStack
let household: TestHousehold
let product: TestProduct

beforeAll(async () => {
  const nobody = `http://127.0.0.1:${await freePort()}`
  stack = await startChaosStack({ medusaEnv: { MEILI_URL: nobody, MEILI_API_KEY: "no-engine-listens-here" } })
  household = await verifiedHousehold()
  // Written while the engine is down: indexing it fails, the listing itself must not.
  product = await publishedProduct(household, "Bánh cuốn thử lúc tìm kiếm nghỉ", [{ label: "Hộp 10 cái", stock: 20, price_vnd: 40_000 }])
})

afterAll(async () => {
  if (household && product) await withdrawProduct(household, product).catch(() => undefined)
  await stack?.stop()
})

describe("search engine down (Meilisearch address with nothing listening)", () => {
  it("the catalogue still lists products, including one published while search was down", async () => {
    const list = await call<{ products: { id: string }[] }>("GET", "/store/products?limit=200&fields=id")
    expect(list.status).toBe(200)
    expect(list.body.products.map((p) => p.id)).toContain(product.id)
    const page = await call<{ products: { id: string }[] }>("GET", `/store/products?handle=${product.handle}`)
    expect(page.status).toBe(200)
    expect(page.body.products).toHaveLength(1)
  })

  it("a buyer still checks out (cash on delivery) and gets an order number", async () => {
    const cart = await readyCart([{ variantId: product.variants[0].id, quantity: 1 }])
    const reply = await complete(cart, "cod")
    expect(reply.status).toBe(200)
    expect(reply.body.order?.number).toMatch(/^CP-\d+$/)
  })

  it("GET /store/search never answers 500: results from the index still active, or 503 with a plain message", async () => {
    // Switching to Meilisearch leaves the embedded index active until a reindex on the new
    // engine succeeds, so with the engine never reached, search keeps answering from it.
    const reply = await call<{ message?: string; hits?: unknown[] }>("GET", "/store/search?q=mien%20dong")
    expect([200, 503]).toContain(reply.status)
    if (reply.status === 503) expect(reply.body.message).toMatch(/^Tìm kiếm đang tạm nghỉ/)
    else expect(Array.isArray(reply.body.hits)).toBe(true)
  })
})
