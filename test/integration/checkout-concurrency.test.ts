import { randomUUID } from "node:crypto"
import { addLine, complete, inBatches, newCart, readyCart, setAddress, type CompleteReply, type TestCart } from "../support/checkout-api"
import {
  drawFromItem,
  ordersOfCarts,
  ordersWithVariants,
  parcelsOfProducer,
  paymentsOfCarts,
  publishedProduct,
  withdrawProduct,
  stockLinksOf,
  stockOf,
  verifiedHousehold,
  type TestHousehold,
  type TestProduct,
} from "../support/checkout-fixtures"

/**
 * Many buyers pressing "Đặt hàng" at the same moment for the last units: the store must never
 * sell more than the household has, every buyer who loses gets a plain "hết hàng" answer,
 * and nobody who lost is left with a payment. Each suite sells a product of its own, from a
 * household registered for the run, so no other suite's stock matters.
 */
const tag = randomUUID().slice(0, 6)
const SETUP_WIDTH = 10
let household: TestHousehold
const listed: TestProduct[] = []

beforeAll(async () => {
  household = await verifiedHousehold()
})

afterAll(async () => {
  for (const product of listed) {
    await withdrawProduct(household, product)
  }
})

async function listProduct(title: string, variants: { label: string; stock: number }[]): Promise<TestProduct> {
  const product = await publishedProduct(household, title, variants)
  listed.push(product)
  return product
}

async function onlyItemOf(variantId: string): Promise<string> {
  const links = await stockLinksOf(variantId)
  expect(links).toHaveLength(1)
  return links[0].inventory_item_id
}

/** Everything a lost checkout must not leave behind: an order, or a payment that took money. */
async function expectNothingLeftFor(losers: TestCart[]) {
  const ids = losers.map((cart) => cart.id)
  expect((await ordersOfCarts(ids)).size).toBe(0)
  for (const cart of await paymentsOfCarts(ids)) {
    expect(cart.payments.filter((p) => p.canceled_at === null), `payments of ${cart.cart_id}`).toEqual([])
    expect(cart.sessions.filter((s) => s.status === "authorized" || s.status === "captured"), `sessions of ${cart.cart_id}`).toEqual([])
  }
}

function split(carts: TestCart[], replies: CompleteReply[]) {
  const winners = carts.filter((_, i) => replies[i].status === 200)
  const losers = carts.filter((_, i) => replies[i].status === 409)
  const other = replies.filter((r) => r.status !== 200 && r.status !== 409).map((r) => `${r.status} ${JSON.stringify(r.body)}`)
  return { winners, losers, other }
}

describe("100 buyers racing for the last 10 units", () => {
  const BUYERS = 100
  const STOCK = 10
  let product: TestProduct
  let itemId: string
  let carts: TestCart[]
  let replies: CompleteReply[]

  beforeAll(async () => {
    product = await listProduct(`Hạt dẻ tranh mua ${tag}`, [{ label: "Túi 1 kg", stock: STOCK }])
    itemId = await onlyItemOf(product.variants[0].id)
    // Setting up a hundred carts is slow; only the completion is raced.
    carts = await inBatches(BUYERS, SETUP_WIDTH, () => readyCart([{ variantId: product.variants[0].id, quantity: 1 }]))
    replies = await Promise.all(carts.map((cart) => complete(cart, "cod")))
  }, 600_000)

  it("answers every buyer with an order or 'hết hàng', never an error", () => {
    const { winners, losers, other } = split(carts, replies)
    expect(other).toEqual([])
    expect(winners).toHaveLength(STOCK)
    expect(losers).toHaveLength(BUYERS - STOCK)
  })

  it("places exactly 10 orders, each the order of the cart that won", async () => {
    const orders = await ordersWithVariants([product.variants[0].id])
    expect(orders).toHaveLength(STOCK)
    expect(orders.every((o) => o.quantity === 1)).toBe(true)
    const numbers = replies.filter((r) => r.status === 200).map((r) => r.body.order?.number)
    expect(new Set(numbers).size).toBe(numbers.length)
    const orderOf = await ordersOfCarts(split(carts, replies).winners.map((cart) => cart.id))
    expect(new Set(orderOf.values())).toEqual(new Set(orders.map((o) => o.order_id)))
  })

  it("splits each of the 10 orders into one household parcel, and nothing for the losers", async () => {
    const parcels = await parcelsOfProducer(household.producerId)
    const orders = await ordersWithVariants([product.variants[0].id])
    const forThisProduct = parcels.filter((p) => orders.some((o) => o.order_id === p.order_id))
    expect(forThisProduct).toHaveLength(STOCK)
    // One parcel per order, and no order without its parcel.
    expect(forThisProduct.map((p) => p.order_id).sort()).toEqual(orders.map((o) => o.order_id).sort())
  })

  it("reserves exactly the 10 units in stock and never more", async () => {
    expect(await stockOf(itemId)).toEqual({ stocked: STOCK, reserved: STOCK, reservations: STOCK, reservationRows: STOCK })
  })

  it("tells every loser 'Hết hàng' in Vietnamese, naming the product", () => {
    for (const reply of replies.filter((r) => r.status === 409)) {
      expect(reply.body.type).toBe("out_of_stock")
      expect(reply.body.message).toMatch(/^Hết hàng: /)
      expect(reply.body.message).toContain(`Hạt dẻ tranh mua ${tag} (Túi 1 kg)`)
    }
  })

  it("leaves no order and no authorized or captured payment for a loser", async () => {
    await expectNothingLeftFor(split(carts, replies).losers)
  })

  it("gives each winner one cash-on-delivery payment, not yet collected", async () => {
    for (const cart of await paymentsOfCarts(split(carts, replies).winners.map((c) => c.id))) {
      expect(cart.payments).toHaveLength(1)
      expect(cart.payments[0]).toMatchObject({ provider_id: expect.stringContaining("cod"), captured_at: null, canceled_at: null })
    }
  })
})

describe("two packs drawing on one stock: '1 kg' takes 1 unit, '2 × 500 g' takes 2", () => {
  const STOCK = 5
  let product: TestProduct
  let itemId: string
  /** Units of the shared item each cart needs, per its lines. */
  const needs: number[] = []
  let carts: TestCart[]
  let replies: CompleteReply[]

  beforeAll(async () => {
    product = await listProduct(`Miến dong chung kho ${tag}`, [
      { label: "1 kg", stock: STOCK },
      { label: "2 × 500 g", stock: 0 },
    ])
    const [single, double] = product.variants
    itemId = await onlyItemOf(single.id)
    await drawFromItem(product.id, double.id, itemId, 2)
    expect(await stockLinksOf(double.id)).toEqual([{ inventory_item_id: itemId, required_quantity: 2 }])
    const mixes = [
      [{ variantId: single.id, quantity: 1 }],
      [{ variantId: double.id, quantity: 1 }],
      [{ variantId: single.id, quantity: 1 }, { variantId: double.id, quantity: 1 }],
      [{ variantId: single.id, quantity: 2 }],
    ]
    const plan = Array.from({ length: 16 }, (_, i) => mixes[i % mixes.length])
    for (const lines of plan) {
      needs.push(lines.reduce((sum, line) => sum + line.quantity * (line.variantId === double.id ? 2 : 1), 0))
    }
    carts = await inBatches(plan.length, SETUP_WIDTH, (i) => readyCart(plan[i]))
    replies = await Promise.all(carts.map((cart) => complete(cart, "cod")))
  }, 600_000)

  it("never sells more units than the shared stock holds", async () => {
    const { winners, other } = split(carts, replies)
    expect(other).toEqual([])
    expect(winners.length).toBeGreaterThan(0)
    const sold = replies.reduce((sum, reply, i) => (reply.status === 200 ? sum + needs[i] : sum), 0)
    expect(sold).toBeLessThanOrEqual(STOCK)
    // The orders in the database say the same: 1 unit per '1 kg', 2 per '2 × 500 g'.
    const [single, double] = product.variants
    const lines = await ordersWithVariants([single.id, double.id])
    const units = lines.reduce((sum, line) => sum + line.quantity * (line.variant_id === double.id ? 2 : 1), 0)
    expect(units).toBe(sold)
    expect(new Set(lines.map((l) => l.order_id)).size).toBe(winners.length)
    const level = await stockOf(itemId)
    expect(level).toMatchObject({ stocked: STOCK, reserved: sold, reservations: sold })
  })

  it("answers 'hết hàng' only to buyers whose cart no longer fits in what is left", async () => {
    const { losers } = split(carts, replies)
    const level = await stockOf(itemId)
    const left = level.stocked - level.reserved
    replies.forEach((reply, i) => {
      if (reply.status !== 409) return
      expect(reply.body.message).toMatch(/^Hết hàng: /)
      expect(needs[i]).toBeGreaterThan(left)
    })
    await expectNothingLeftFor(losers)
  })
})

describe("one cart holding both packs of one stock", () => {
  it("is refused when its lines together need more than is left, though each alone would fit", async () => {
    const product = await listProduct(`Miến dong gói đôi ${tag}`, [
      { label: "1 kg", stock: 5 },
      { label: "2 × 500 g", stock: 0 },
    ])
    const [single, double] = product.variants
    const itemId = await onlyItemOf(single.id)
    await drawFromItem(product.id, double.id, itemId, 2)
    // Built while 5 are left: 1 + 2 units.
    const both = await readyCart([
      { variantId: single.id, quantity: 1 },
      { variantId: double.id, quantity: 1 },
    ])
    const first = await readyCart([{ variantId: single.id, quantity: 3 }])
    expect((await complete(first, "cod")).status).toBe(200)

    // 2 left: '1 kg' alone fits, '2 × 500 g' alone fits, both together need 3.
    const reply = await complete(both, "cod")
    expect(reply.status).toBe(409)
    expect(reply.body.message).toMatch(/^Hết hàng: /)
    expect(await stockOf(itemId)).toMatchObject({ stocked: 5, reserved: 3, reservations: 3 })
    await expectNothingLeftFor([both])
  })
})

describe("a buyer whose cart asks for more than is left", () => {
  it("gets 409 'Hết hàng: <product> (<pack>) chỉ còn N' and no order", async () => {
    const product = await listProduct(`Mật ong bạc hà ${tag}`, [{ label: "Chai 500 ml", stock: 3 }])
    const variant = product.variants[0].id
    const late = await newCart()
    await addLine(late, variant, 2)
    await setAddress(late)
    const early = await readyCart([{ variantId: variant, quantity: 2 }])
    expect((await complete(early, "cod")).status).toBe(200)

    const reply = await complete(late, "cod")
    expect(reply.status).toBe(409)
    expect(reply.body.type).toBe("out_of_stock")
    expect(reply.body.message).toMatch(new RegExp(`^Hết hàng: Mật ong bạc hà ${tag} \\(Chai 500 ml\\) chỉ còn 1\\b`))
    expect((await ordersOfCarts([late.id])).size).toBe(0)
    await expectNothingLeftFor([late])
  })
})
