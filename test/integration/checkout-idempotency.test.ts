import { randomUUID } from "node:crypto"
import { complete, readyCart, type CompleteReply, type TestCart } from "../support/checkout-api"
import {
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
 * A buyer on a bad connection taps "Đặt hàng" again and again, or the phone retries: the
 * cart becomes one order, split once, paid once, and every answer shows that same order.
 */
const tag = randomUUID().slice(0, 6)
const TRIES = 20
let household: TestHousehold
let product: TestProduct
let cart: TestCart
let replies: CompleteReply[]

beforeAll(async () => {
  household = await verifiedHousehold()
  product = await publishedProduct(household, `Gạo nếp bấm lại ${tag}`, [{ label: "Bao 5 kg", stock: 6 }])
  cart = await readyCart([{ variantId: product.variants[0].id, quantity: 2 }])
  replies = await Promise.all(Array.from({ length: TRIES }, () => complete(cart, "cod")))
}, 300_000)

afterAll(async () => {
  if (product) await withdrawProduct(household, product)
})

describe(`the same cart completed ${TRIES} times at once`, () => {
  it("answers every time with the same order", () => {
    expect(replies.map((r) => r.status)).toEqual(Array(TRIES).fill(200))
    const numbers = new Set(replies.map((r) => r.body.order?.number))
    expect(numbers.size).toBe(1)
    expect([...numbers][0]).toMatch(/^CP-\d+$/)
    expect(replies.every((r) => r.body.order?.payment.method === "cod")).toBe(true)
  })

  it("places exactly one order for the cart", async () => {
    const orders = await ordersWithVariants([product.variants[0].id])
    expect(orders).toHaveLength(1)
    expect(orders[0].quantity).toBe(2)
    expect((await ordersOfCarts([cart.id])).get(cart.id)).toBe(orders[0].order_id)
  })

  it("splits it once: one household parcel", async () => {
    const parcels = await parcelsOfProducer(household.producerId)
    expect(parcels).toHaveLength(1)
    const [order] = await ordersWithVariants([product.variants[0].id])
    expect(parcels[0].order_id).toBe(order.order_id)
    expect(`CP-${parcels[0].order_display_id}`).toBe(replies[0].body.order?.number)
  })

  it("takes one cash-on-delivery payment, authorized and not yet collected", async () => {
    const [payments] = await paymentsOfCarts([cart.id])
    expect(payments.payments).toHaveLength(1)
    expect(payments.payments[0]).toMatchObject({ provider_id: expect.stringContaining("cod"), captured_at: null, canceled_at: null })
    expect(payments.sessions.filter((s) => s.status === "authorized")).toHaveLength(1)
  })

  it("reserves the 2 bags once", async () => {
    const [link] = await stockLinksOf(product.variants[0].id)
    expect(await stockOf(link.inventory_item_id)).toEqual({ stocked: 6, reserved: 2, reservations: 2, reservationRows: 1 })
  })

  it("still shows the same order when the buyer taps once more later", async () => {
    const again = await complete(cart, "cod")
    expect(again.status).toBe(200)
    expect(again.body.order?.number).toBe(replies[0].body.order?.number)
    expect(await ordersWithVariants([product.variants[0].id])).toHaveLength(1)
  })
})
