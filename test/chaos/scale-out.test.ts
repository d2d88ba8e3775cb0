import { randomBytes, randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"
import { Redis } from "ioredis"
import { startScaleOut, type ScaleOut } from "../../scripts/lib/scale-out/cluster.ts"
import { inBatches, readyCart, type CompleteReply, type TestCart } from "../support/checkout-api.ts"
import {
  ordersOfCarts,
  ordersWithVariants,
  parcelsOfProducer,
  paymentsOfCarts,
  publishedProduct,
  stockLinksOf,
  stockOf,
  verifiedHousehold,
  withdrawProduct,
  type TestHousehold,
  type TestProduct,
} from "../support/checkout-fixtures.ts"
import { call } from "../support/seller-api.ts"
import { medusaUrl } from "../support/store-api.ts"
import { completeOn, scaleOutSettings, waitUntilFound } from "./support/scale-out.ts"

/**
 * The production shape on one machine: one PostgreSQL, one Redis, two Medusa servers and a
 * worker (REDIS_URL, MEDUSA_WORKER_MODE). Buyers race for the last units through both servers
 * at once, one cart is completed on both, a lock held in Redis stops a server, and an event
 * a server emits is handled by the worker. The household and its products are registered for
 * the run, so nothing another suite counts is bought.
 */
const tag = randomUUID().slice(0, 6)
let cluster: ScaleOut
let household: TestHousehold
const listed: TestProduct[] = []
let serverA: string
let serverB: string

/** Figures for the report (bring-up time, counts, indexing delay); never asserted on. */
function report(line: string) {
  process.stdout.write(`[scale-out] ${line}\n`)
}

beforeAll(async () => {
  cluster = await startScaleOut({
    ...scaleOutSettings(),
    redis: true,
    // A hundred buyers come from this one address; the per-address limits are not under test here.
    env: { CHECKOUT_CARTS_PER_HOUR: "100000", CHECKOUT_COMPLETIONS_PER_HOUR: "100000" },
  })
  report(`up in ${cluster.timings.total} ms (database + redis ${cluster.timings.database}, migrate + seed ${cluster.timings.prepare}, 2 servers + worker ${cluster.timings.instances})`)
  ;[serverA, serverB] = cluster.servers.map((server) => server.url)
  if (serverA !== medusaUrl) {
    throw new Error(`test/support talks to ${medusaUrl}, but server A listens at ${serverA}`)
  }
  process.env.CHO_PHIEN_DATA_DIR = cluster.dataDir
  process.env.DATABASE_URL = cluster.databaseUrl
  process.env.CHO_PHIEN_PUBLISHABLE_KEY = cluster.publishableKey
  household = await verifiedHousehold()
}, 900_000)

afterAll(async () => {
  try {
    for (const product of listed) await withdrawProduct(household, product)
  } finally {
    await cluster?.stop()
  }
}, 180_000)

async function listProduct(title: string, stock: number): Promise<TestProduct> {
  const product = await publishedProduct(household, title, [{ label: "Túi 1 kg", stock }])
  listed.push(product)
  return product
}

async function itemOf(product: TestProduct): Promise<string> {
  const links = await stockLinksOf(product.variants[0].id)
  expect(links).toHaveLength(1)
  return links[0].inventory_item_id
}

it("runs two servers in server mode and one worker, all on Redis", () => {
  expect(cluster.servers.map((server) => server.mode)).toEqual(["server", "server"])
  expect(cluster.worker?.mode).toBe("worker")
  expect(cluster.redis?.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/)
})

it("has our scheduled jobs in Redis once each, put there by the worker (servers run no jobs)", async () => {
  const redis = new Redis(cluster.redis!.url)
  try {
    // workflow-engine-redis keeps one repeatable entry per job name, whichever worker added it.
    const scheduled = await redis.zrange("bull:medusa-workflows-jobs:repeat", 0, -1)
    expect(scheduled.filter((key) => key === "schedule_job-cancel-overdue-transfers")).toHaveLength(1)
    expect(scheduled.filter((key) => key === "schedule_job-top-up-experience-dates")).toHaveLength(1)
  } finally {
    redis.disconnect()
  }
})

describe("100 buyers racing for 10 units through two servers at once", () => {
  const BUYERS = 100
  const STOCK = 10
  let product: TestProduct
  let itemId: string
  let carts: TestCart[]
  let replies: CompleteReply[]
  const serverOf = (i: number) => (i % 2 === 0 ? serverA : serverB)

  beforeAll(async () => {
    product = await listProduct(`Hạt dẻ hai máy chủ ${tag}`, STOCK)
    itemId = await itemOf(product)
    carts = await inBatches(BUYERS, 10, () => readyCart([{ variantId: product.variants[0].id, quantity: 1 }]))
    const started = performance.now()
    replies = await Promise.all(carts.map((cart, i) => completeOn(serverOf(i), cart)))
    const count = (server: string, status: number) => replies.filter((r, i) => serverOf(i) === server && r.status === status).length
    report(
      `100 completions in ${Math.round(performance.now() - started)} ms; ` +
        `server A: ${count(serverA, 200)} orders, ${count(serverA, 409)} × 409; server B: ${count(serverB, 200)} orders, ${count(serverB, 409)} × 409`,
    )
  }, 900_000)

  const winners = () => carts.filter((_, i) => replies[i].status === 200)
  const losers = () => carts.filter((_, i) => replies[i].status === 409)

  it("answers every buyer on either server with an order or 'hết hàng', never an error", () => {
    const other = replies.filter((r) => r.status !== 200 && r.status !== 409).map((r) => `${r.status} ${JSON.stringify(r.body)}`)
    expect(other).toEqual([])
    expect(winners()).toHaveLength(STOCK)
    expect(losers()).toHaveLength(BUYERS - STOCK)
    for (const reply of replies.filter((r) => r.status === 409)) {
      expect(reply.body.message).toMatch(/^Hết hàng: /)
    }
  })

  it("places exactly 10 orders, each the order of a cart that won", async () => {
    const orders = await ordersWithVariants([product.variants[0].id])
    expect(orders).toHaveLength(STOCK)
    const orderOf = await ordersOfCarts(winners().map((cart) => cart.id))
    expect(new Set(orderOf.values())).toEqual(new Set(orders.map((o) => o.order_id)))
    expect((await ordersOfCarts(losers().map((cart) => cart.id))).size).toBe(0)
  })

  it("splits each order into its household parcel, whichever server placed it", async () => {
    const orders = await ordersWithVariants([product.variants[0].id])
    const parcels = (await parcelsOfProducer(household.producerId)).filter((p) => orders.some((o) => o.order_id === p.order_id))
    expect(parcels.map((p) => p.order_id).sort()).toEqual(orders.map((o) => o.order_id).sort())
  })

  it("reserves exactly the 10 units in stock, never more", async () => {
    expect(await stockOf(itemId)).toEqual({ stocked: STOCK, reserved: STOCK, reservations: STOCK, reservationRows: STOCK })
  })

  it("leaves no live payment for a buyer who lost", async () => {
    for (const cart of await paymentsOfCarts(losers().map((c) => c.id))) {
      expect(cart.payments.filter((p) => p.canceled_at === null), `payments of ${cart.cart_id}`).toEqual([])
    }
  })
})

describe("one cart completed on both servers at the same moment", () => {
  it("becomes one order, and both servers answer with that order", async () => {
    const product = await listProduct(`Miến dong bấm hai lần ${tag}`, 5)
    const cart = await readyCart([{ variantId: product.variants[0].id, quantity: 1 }])
    const [onA, onB] = await Promise.all([completeOn(serverA, cart), completeOn(serverB, cart)])
    expect([onA.status, onB.status]).toEqual([200, 200])
    expect(onA.body.order?.number).toBeTruthy()
    expect(onB.body.order?.number).toBe(onA.body.order?.number)
    expect(await ordersWithVariants([product.variants[0].id])).toHaveLength(1)
    expect(await stockOf(await itemOf(product))).toMatchObject({ stocked: 5, reserved: 1 })
  })
})

describe("a lock held in Redis", () => {
  it("keeps a checkout on server B waiting for the stock until the lock is released", async () => {
    const product = await listProduct(`Mật ong khoá chung ${tag}`, 3)
    const itemId = await itemOf(product)
    const cart = await readyCart([{ variantId: product.variants[0].id, quantity: 1 }])
    const redis = new Redis(cluster.redis!.url)
    try {
      // The key the locking-redis provider uses for the checkout's per-stock lock.
      const key = `medusa_lock:stock:${itemId}`
      expect(await redis.set(key, "scale-out-test", "EX", 60, "NX")).toBe("OK")
      let settled = false
      const pending = completeOn(serverB, cart).finally(() => (settled = true))
      await sleep(5_000)
      expect(settled).toBe(false)
      expect(await ordersOfCarts([cart.id])).toEqual(new Map())
      expect(await stockOf(itemId)).toMatchObject({ reserved: 0 })
      await redis.del(key)
      const reply = await pending
      expect(reply.status).toBe(200)
      expect((await ordersOfCarts([cart.id])).size).toBe(1)
    } finally {
      redis.disconnect()
    }
  }, 120_000)
})

describe("an event emitted on server A", () => {
  it("is handled by the worker: server B's search finds the product's new title", async () => {
    const product = await listProduct(`Chè Shan tuyết ${tag}`, 4)
    const word = `tra${randomBytes(4).toString("hex").replace(/\d/g, "x")}`
    const from = "127.0.0.1"
    expect(await waitUntilFound(serverB, word, product.handle, 1_000, from)).toBeUndefined()
    const edited = await call("POST", `/seller/households/${household.handle}/products/${product.id}`, {
      token: household.token,
      body: { title_vi: `Chè Shan tuyết ${word}` },
    })
    expect(edited.status).toBe(200)
    const tookMs = await waitUntilFound(serverB, word, product.handle, 60_000, from)
    report(`the worker indexed the edit made on server A; server B's search found it after ${tookMs ?? "more than 60000"} ms`)
    expect(tookMs).toBeDefined()
  }, 120_000)
})

describe("events emitted while the worker is down", () => {
  it("wait in Redis, no server handles them, and the worker handles them once it is back", async () => {
    const product = await listProduct(`Lạp sườn hun khói ${tag}`, 4)
    const word = `lap${randomBytes(4).toString("hex").replace(/\d/g, "y")}`
    const from = "127.0.0.2"
    await cluster.stopWorker()
    const edited = await call("POST", `/seller/households/${household.handle}/products/${product.id}`, {
      token: household.token,
      body: { title_vi: `Lạp sườn ${word}` },
    })
    expect(edited.status).toBe(200)
    // Both servers are up and answer, but neither indexes: that is the worker's work alone.
    expect(await waitUntilFound(serverB, word, product.handle, 10_000, from)).toBeUndefined()
    expect(await waitUntilFound(serverA, word, product.handle, 1_000, from)).toBeUndefined()
    const booting = performance.now()
    await cluster.startWorker()
    const booted = Math.round(performance.now() - booting)
    const tookMs = await waitUntilFound(serverB, word, product.handle, 120_000, from)
    report(`worker restarted in ${booted} ms; the edit queued while it was down was found ${tookMs ?? "more than 120000"} ms after that`)
    expect(tookMs).toBeDefined()
  }, 900_000)
})
