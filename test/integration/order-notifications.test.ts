import { readFileSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"
import orderNotificationsHandler from "@/subscribers/order-notifications"
import { call, randomPhone, withDb } from "../support/seller-api"
import { storeGet } from "../support/store-api"

type OutboxLine = { channel: string; to: string; template: string; data: Record<string, unknown> & { text: string } }

const outbox = path.join(process.env.CHO_PHIEN_DATA_DIR ?? ".data", "outbox.jsonl")

function outboxLines(): OutboxLine[] {
  let text = ""
  try {
    text = readFileSync(outbox, "utf8")
  } catch {
    return []
  }
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as OutboxLine)
}

/** Messages are sent by a subscriber after the order is placed: wait until they are all there. */
async function messagesOf(number: string, count: number): Promise<OutboxLine[]> {
  for (let tries = 0; tries < 100; tries += 1) {
    const found = outboxLines().filter((line) => line.data.order_number === number)
    if (found.length >= count) return found
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return outboxLines().filter((line) => line.data.order_number === number)
}

async function variantOf(handle: string): Promise<string> {
  const { body } = await storeGet<{ products: { variants: { id: string }[] }[] }>(`/store/products?handle=${handle}&fields=variants.id`)
  return body.products[0].variants[0].id
}

/** The phones of a household's active seller accounts (owner and helpers), from the database. */
async function householdPhones(handle: string): Promise<string[]> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ phone: string }>(
      `select a.phone from seller_membership m
         join seller_account a on a.id = m.seller_id and a.deleted_at is null and a.status = 'active'
         join producer p on p.id = m.producer_id
        where p.handle = $1 and m.deleted_at is null order by a.phone`,
      [handle]
    )
    return rows.map((row) => row.phone)
  })
}

async function placeOrder(buyerPhone: string, lines: { handle: string; quantity: number }[], method: "cod" | "vietqr") {
  const created = await call<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", { body: {} })
  expect(created.status).toBe(201)
  const { cart, cart_token } = created.body
  const headers = { "x-cart-token": cart_token }
  for (const line of lines) {
    const added = await call("POST", `/store/carts/${cart.id}/line-items`, { headers, body: { variant_id: await variantOf(line.handle), quantity: line.quantity } })
    expect(added.status).toBe(200)
  }
  const address = { name: "Nguyễn Thị Mua", phone: buyerPhone, province_code: "HN", ward: "Phường Ba Đình", street: "12 Phố Thử" }
  expect((await call("POST", `/store/checkout/carts/${cart.id}/address`, { headers, body: address })).status).toBe(200)
  const done = await call<{ order: { number: string; total: number; payment: { vietqr?: { reference: string } } } }>(
    "POST", `/store/checkout/carts/${cart.id}/complete`, { headers, body: { method } }
  )
  expect(done.status).toBe(200)
  return done.body.order
}

// Lục Văn Tuấn, not Nông Thị Hoa: the seller listing journey expects her to have no orders.
describe("messages when an order is placed", () => {
  it("texts the buyer once and each household's phones once, each household with only its own lines", async () => {
    const buyer = randomPhone()
    const order = await placeOrder(buyer, [
      { handle: "hat-de-rang-cui", quantity: 2 },
      { handle: "tra-shan-tuyet-phja-den", quantity: 1 },
    ], "cod")
    const hoa = await householdPhones("ho-luc-van-tuan")
    const may = await householdPhones("ho-trieu-thi-may")
    expect(hoa.length).toBeGreaterThan(0)
    expect(may.length).toBeGreaterThan(0)

    const messages = await messagesOf(order.number, 1 + hoa.length + may.length)
    expect(messages.every((m) => m.channel === "sms")).toBe(true)

    const toBuyer = messages.filter((m) => m.template === "order-confirmation")
    expect(toBuyer.map((m) => m.to)).toEqual([buyer])
    expect(toBuyer[0].data).toMatchObject({ order_number: order.number, total: order.total, parcels: 2, payment_method: "cod" })
    expect(toBuyer[0].data.text).toContain(order.number)
    expect(toBuyer[0].data.text).toMatch(/^[\x20-\x7E]+$/)

    const notices = messages.filter((m) => m.template === "household-new-order")
    expect(notices.map((m) => m.to).sort()).toEqual([...hoa, ...may].sort())
    for (const notice of notices.filter((m) => hoa.includes(m.to))) {
      expect((notice.data.items as { title: string; quantity: number }[]).map((i) => [i.title, i.quantity])).toEqual([[expect.stringMatching(/^Hạt dẻ rang củi/), 2]])
      expect(notice.data.text).toMatch(/Hat de/)
      expect(notice.data.text).not.toMatch(/Tra Shan|shan tuyet/i)
    }
    for (const notice of notices.filter((m) => may.includes(m.to))) {
      expect((notice.data.items as { title: string }[]).map((i) => i.title)).toEqual([expect.stringMatching(/Trà Shan tuyết/i)])
      expect(JSON.stringify(notice.data)).not.toMatch(/Hạt dẻ|Hat de/)
    }
    const amounts = notices.map((n) => n.data.amount as number)
    expect(amounts.every((a) => a > 0 && a < order.total)).toBe(true)
  })

  it("tells a VietQR buyer the transfer reference", async () => {
    const buyer = randomPhone()
    const order = await placeOrder(buyer, [{ handle: "hat-de-rang-cui", quantity: 1 }], "vietqr")
    const reference = order.payment.vietqr?.reference
    expect(reference).toEqual(expect.any(String))
    const [confirmation] = (await messagesOf(order.number, 2)).filter((m) => m.template === "order-confirmation")
    expect(confirmation.data).toMatchObject({ payment_method: "vietqr", parcels: 1, transfer_reference: reference })
    expect(confirmation.data.text).toContain(`noi dung ${reference}`)
  })
})

/**
 * The same event delivered twice (a retry, a second worker), one after the other and both at
 * once, in an app of its own: each recipient still gets exactly one message.
 */
medusaIntegrationTestRunner({
  cwd: path.resolve(import.meta.dirname, "../../commerce"),
  testSuite: ({ getContainer }) => {
    describe("an order.placed event delivered more than once", () => {
      it("sends each message once, whether the deliveries come one after the other or together", async () => {
        const container = getContainer()
        const buyer = randomPhone()
        const seller = randomPhone()
        const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
        const household = await producers.createProducers({ handle: `ho-thu-${seller}`, name: "Hộ thử tin nhắn", area: "ha-quang", area_name: "Hà Quảng" })
        const account = await producers.createSellerAccounts({ phone: seller, name: "Chủ hộ thử" })
        await producers.createSellerMemberships({ seller_id: account.id, producer_id: household.id, role: "owner" })
        const order = await container.resolve(Modules.ORDER).createOrders({
          currency_code: "vnd",
          shipping_address: { phone: buyer },
          items: [{ title: "Hạt dẻ", quantity: 1, unit_price: 180_000 }],
        })
        const sale: SaleModuleService = container.resolve(SALE_MODULE)
        await sale.createHouseholdParcels({
          order_id: order.id, order_display_id: order.display_id, producer_id: household.id,
          producer_handle: household.handle, producer_name: household.name, payment_method: "cod",
          province_code: "HN", zone: "north", weight_grams: 500,
          // A json column: the model types it as one object, the sale module stores the lines' array.
          items: [{ title: "Hạt dẻ", variant_title: "Túi 500 g", quantity: 1, unit_price: 180_000, total: 180_000 }] as unknown as Record<string, unknown>,
          items_total: 180_000, shipping_total: 30_000, payout_amount: 210_000,
        })
        const deliver = () =>
          orderNotificationsHandler({ event: { name: "order.placed", data: { id: order.id } }, container, pluginOptions: {} } as never)

        await Promise.all([deliver(), deliver()])
        await deliver()

        const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ resource_id: order.id })
        expect(sent.map((n) => [n.template, n.to, n.status]).sort()).toEqual([
          ["household-new-order", seller, "success"],
          ["order-confirmation", buyer, "success"],
        ])
        const written = outboxLines().filter((line) => line.to === buyer || line.to === seller)
        expect(written.map((line) => line.template).sort()).toEqual(["household-new-order", "order-confirmation"])
      })
    })
  },
})
