import { buyerAddress, complete, type TestCart, addLine, newCart, setAddress } from "../support/checkout-api"
import { publishedProduct, type TestHousehold, type TestProduct, verifiedHousehold } from "../support/checkout-fixtures"
import { call, randomLoopback, withDb } from "../support/seller-api"

type SellerParcel = { id: string; number: string; status: string }
type Export = {
  phone: string
  orders: { number: string; deliver_to: { first_name: string | null; phone: string | null; address_1: string | null }; items: { title: string; quantity: number }[]; parcels: { status: string }[] }[]
}

const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`
// One client address of its own, so the buyer's-proof limit counts only this file's tries.
const from = randomLoopback()

let household: TestHousehold
let product: TestProduct
const numbers: string[] = []

async function order(): Promise<string> {
  const cart: TestCart = await newCart()
  await addLine(cart, product.variants[0]!.id, 1)
  await setAddress(cart, buyerAddress(phone))
  const placed = await complete(cart, "cod")
  expect(placed.status).toBe(200)
  return placed.body.order!.number
}

async function deliverAll(): Promise<void> {
  const list = await call<{ orders: SellerParcel[] }>("GET", `/seller/households/${household.handle}/orders`, { token: household.token })
  for (const parcel of list.body.orders.filter((p) => p.status !== "delivered")) {
    const act = (body: Record<string, unknown>) =>
      call("POST", `/seller/households/${household.handle}/orders/${parcel.id}/status`, { token: household.token, body })
    await act({ action: "pack" })
    await act({ action: "ship", carrier: "Viettel Post" })
    expect((await act({ action: "deliver", cash_collected: true })).status).toBe(200)
  }
}

beforeAll(async () => {
  household = await verifiedHousehold()
  product = await publishedProduct(household, `Chè Shan tuyết dữ liệu ${Date.now()}`, [{ label: "200 g", stock: 10 }])
  numbers.push(await order(), await order())
})

describe("POST /store/my-data/export", () => {
  it("gives the buyer every order sent to their phone, with what they bought and where it went", async () => {
    const reply = await call<Export>("POST", "/store/my-data/export", { body: { number: numbers[0], phone }, from })
    expect(reply.status).toBe(200)
    expect(String(reply.headers["content-disposition"])).toMatch(/attachment; filename="du-lieu-cua-toi-/)
    expect(reply.body.orders.map((o) => o.number)).toEqual(numbers)
    expect(reply.body.orders[0]?.deliver_to.first_name).toBe("Nguyễn Văn Mua")
    expect(reply.body.orders[0]?.items).toEqual([expect.objectContaining({ title: product.title, quantity: 1 })])
  })

  it("answers a wrong phone with the lookup's 404 and gives nothing", async () => {
    const reply = await call<{ orders?: unknown; message: string }>("POST", "/store/my-data/export", { body: { number: numbers[0], phone: "0900000001" }, from })
    expect(reply.status).toBe(404)
    expect(reply.body.orders).toBeUndefined()
  })
})

describe("POST /store/my-data/erase", () => {
  it("needs an explicit yes", async () => {
    const reply = await call<{ message: string }>("POST", "/store/my-data/erase", { body: { number: numbers[0], phone }, from })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toContain("xác nhận")
  })

  it("waits while an order is on its way, naming it, and erases nothing", async () => {
    const reply = await call<{ message: string; orders_in_progress: string[] }>("POST", "/store/my-data/erase", {
      body: { number: numbers[0], phone, confirm: true },
      from,
    })
    expect(reply.status).toBe(409)
    expect(reply.body.orders_in_progress).toEqual(numbers)
    expect(reply.body.message).toContain(numbers[0])
    const still = await call<Export>("POST", "/store/my-data/export", { body: { number: numbers[0], phone }, from })
    expect(still.body.orders[0]?.deliver_to.phone).toBe(phone)
  })

  it("once delivered, removes name, phone and address from every order and message, keeping goods and money", async () => {
    await deliverAll()
    const reply = await call<{ erased_orders: number; message: string }>("POST", "/store/my-data/erase", {
      body: { number: numbers[1], phone, confirm: true },
      from,
    })
    expect(reply.status).toBe(200)
    expect(reply.body.erased_orders).toBe(2)
    const left = await withDb(async (db) => {
      const { rows } = await db.query<{ first_name: string; phone: string | null; address_1: string | null; lines: string }>(
        `select a.first_name, a.phone, a.address_1,
                (select count(distinct i.item_id) from order_item i where i.order_id = o.id) as lines
           from "order" o join order_address a on a.id = o.shipping_address_id
          where o.display_id = any($1)`,
        [numbers.map((n) => Number(n.replace("CP-", "")))]
      )
      const messages = await db.query<{ n: string }>(`select count(*) as n from notification where "to" = $1`, [phone])
      return { rows, messages: Number(messages.rows[0]?.n) }
    })
    expect(left.rows).toHaveLength(2)
    for (const row of left.rows) {
      expect(row).toMatchObject({ first_name: "(đã xoá theo yêu cầu)", phone: null, address_1: null })
      expect(Number(row.lines)).toBe(1)
    }
    expect(left.messages).toBe(0)
    // The proof no longer matches: nothing about this buyer can be looked up any more.
    const after = await call("POST", "/store/my-data/export", { body: { number: numbers[0], phone }, from })
    expect(after.status).toBe(404)
  })
})
