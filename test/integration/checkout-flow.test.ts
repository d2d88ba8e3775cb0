import { adminToken, call, productBody, signIn, SEEDED, withDb } from "../support/seller-api"

/**
 * The buyer's journey through the checkout API and what each side sees of it afterwards:
 * the buyer one purchase, each household only its own parcel, the operator the transfers.
 * Products are made fresh per run (by the households' own accounts), so stock is known.
 */
type Cart = { id: string; token: string }
type Parcel = { producer: { handle: string; name: string } | null; items: { title: string; quantity: number }[]; shipping: number }
type OrderSummary = {
  number: string
  total: number
  item_total: number
  shipping_total: number
  payment: { method: string; status: string; vietqr?: { payload: string; amount: number; reference: string } }
  delivery: { name: string; phone: string; street: string }
  parcels: (Parcel & { status: string })[]
}
type SellerParcel = { id: string; number: string; status: string; paid: boolean; items: { title: string }[]; delivery: { phone: string } }

/**
 * Two seeded households whose orders no browser journey counts (the listing journey expects
 * Nông Thị Hoa to have none): Đinh Văn Hùng and Triệu Thị Mây.
 */
const HOUSEHOLD_A = { phone: "0910134623", household: "ho-dinh-van-hung" }
const HOUSEHOLD_B = SEEDED.ownerB

const ADDRESS = { name: "Nguyễn Văn An", phone: "0912 345 678", province_code: "HN", ward: "Phường Hoàn Kiếm", street: "12 Hàng Bạc" }

let ownerA: string
let ownerB: string
let admin: string
let variantA: string
let variantB: string

async function newProduct(token: string, household: string, title: string, stock: number): Promise<string> {
  const created = await call<{ product: { id: string; variants: { id: string }[] } }>("POST", `/seller/households/${household}/products`, {
    token,
    body: productBody({ title_vi: title, variants: [{ label: "Túi 1 kg", price_vnd: 150_000, weight_g: 1000, stock }] }),
  })
  expect(created.status).toBe(201)
  const { id, variants } = created.body.product
  expect((await call("POST", `/seller/households/${household}/products/${id}/publish`, { token, body: {} })).status).toBe(200)
  return variants[0].id
}

async function newCart(): Promise<Cart> {
  const reply = await call<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", { body: {} })
  expect(reply.status).toBe(201)
  return { id: reply.body.cart.id, token: reply.body.cart_token }
}

function asBuyer(cart: Cart) {
  return { headers: { "x-cart-token": cart.token } }
}

async function cartWith(lines: [string, number][], address = ADDRESS): Promise<Cart> {
  const cart = await newCart()
  for (const [variant_id, quantity] of lines) {
    const added = await call("POST", `/store/carts/${cart.id}/line-items`, { ...asBuyer(cart), body: { variant_id, quantity } })
    expect(added.status).toBe(200)
  }
  const saved = await call("POST", `/store/checkout/carts/${cart.id}/address`, { ...asBuyer(cart), body: address })
  expect(saved.status).toBe(200)
  return cart
}

async function place(cart: Cart, method: string) {
  return call<{ order: OrderSummary; message?: string }>("POST", `/store/checkout/carts/${cart.id}/complete`, { ...asBuyer(cart), body: { method } })
}

async function householdOrders(token: string, household: string) {
  const reply = await call<{ orders: SellerParcel[] }>("GET", `/seller/households/${household}/orders`, { token })
  expect(reply.status).toBe(200)
  return reply.body.orders
}

async function reserved(variantId: string): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query(
      `select coalesce(sum(l.reserved_quantity), 0)::int as reserved from inventory_level l
         join product_variant_inventory_item pvi on pvi.inventory_item_id = l.inventory_item_id
        where pvi.variant_id = $1 and l.deleted_at is null and pvi.deleted_at is null`,
      [variantId]
    )
    return rows[0].reserved as number
  })
}

beforeAll(async () => {
  ownerA = await signIn(HOUSEHOLD_A.phone)
  ownerB = await signIn(HOUSEHOLD_B.phone)
  admin = await adminToken()
  variantA = await newProduct(ownerA, HOUSEHOLD_A.household, "Hạt dẻ thử đơn hàng", 20)
  variantB = await newProduct(ownerB, HOUSEHOLD_B.household, "Miến dong thử đơn hàng", 20)
}, 60_000)

describe("a cart is private", () => {
  it("opens only with its token; Medusa's own cart creation, order and payment routes are closed", async () => {
    const cart = await newCart()
    expect((await call("GET", `/store/carts/${cart.id}`)).status).toBe(404)
    expect((await call("GET", `/store/carts/${cart.id}`, { headers: { "x-cart-token": "x".repeat(43) } })).status).toBe(404)
    expect((await call("GET", `/store/carts/${cart.id}`, asBuyer(cart))).status).toBe(200)
    expect((await call("POST", "/store/carts", { body: {} })).status).toBe(404)
    expect((await call("GET", "/store/orders/order_123")).status).toBe(404)
    expect((await call("POST", "/store/payment-collections", { body: { cart_id: cart.id } })).status).toBe(404)
  })

  it("stamps each line with the household the server knows, whatever the client sends", async () => {
    const cart = await newCart()
    const added = await call<{ cart: { items: { metadata: Record<string, unknown> }[] } }>("POST", `/store/carts/${cart.id}/line-items`, {
      ...asBuyer(cart),
      body: { variant_id: variantA, quantity: 1, metadata: { producer_id: "forged" } },
    })
    expect(added.status).toBe(200)
    expect(added.body.cart.items[0].metadata.producer_id).toMatch(/^pdcr_/)
  })
})

describe("GET /store/checkout/payment-methods", () => {
  it("offers cash on delivery first, then VietQR, with Vietnamese labels", async () => {
    const reply = await call<{ methods: { id: string; label_vi: string }[] }>("GET", "/store/checkout/payment-methods")
    expect(reply.status).toBe(200)
    expect(reply.body.methods.slice(0, 2).map((m) => m.id)).toEqual(["cod", "vietqr"])
    expect(reply.body.methods[0].label_vi).toBe("Trả tiền mặt khi nhận hàng")
  })
})

describe("POST /store/checkout/carts/:id/address", () => {
  it("answers each wrong field in Vietnamese and saves nothing", async () => {
    const cart = await newCart()
    const reply = await call<{ message: string; errors: Record<string, string> }>("POST", `/store/checkout/carts/${cart.id}/address`, {
      ...asBuyer(cart),
      body: { ...ADDRESS, phone: "12345", province_code: "XX" },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors.phone).toMatch(/Số điện thoại/)
    expect(reply.body.errors.province_code).toMatch(/tỉnh/)
    const after = await call<{ cart: { shipping_address: { phone: string | null } | null } }>("GET", `/store/carts/${cart.id}`, asBuyer(cart))
    expect(after.body.cart.shipping_address?.phone ?? null).toBeNull()
  })

  it("shows one parcel per household with its shipping before payment, summing to the cart's shipping", async () => {
    const cart = await newCart()
    for (const variant_id of [variantA, variantB]) {
      await call("POST", `/store/carts/${cart.id}/line-items`, { ...asBuyer(cart), body: { variant_id, quantity: 1 } })
    }
    const reply = await call<{ parcels: Parcel[]; shipping_total: number; cart: { shipping_total: number } }>(
      "POST",
      `/store/checkout/carts/${cart.id}/address`,
      { ...asBuyer(cart), body: ADDRESS }
    )
    expect(reply.status).toBe(200)
    expect(reply.body.parcels.map((p) => p.producer?.handle).sort()).toEqual([HOUSEHOLD_A.household, HOUSEHOLD_B.household].sort())
    expect(reply.body.parcels.reduce((sum, p) => sum + p.shipping, 0)).toBe(reply.body.shipping_total)
    expect(reply.body.cart.shipping_total).toBe(reply.body.shipping_total)
  })
})

describe("cash on delivery across two households", () => {
  let order: OrderSummary

  beforeAll(async () => {
    const placed = await place(await cartWith([[variantA, 2], [variantB, 1]]), "cod")
    expect(placed.status).toBe(200)
    order = placed.body.order
  })

  it("is one purchase for the buyer with two parcels whose parts add up to the total", () => {
    expect(order.number).toMatch(/^CP-\d+$/)
    expect(order.payment).toMatchObject({ method: "cod", status: "pending" })
    expect(order.parcels).toHaveLength(2)
    const parts = order.parcels.reduce((sum, p) => sum + p.shipping, 0)
    expect(parts).toBe(order.shipping_total)
    expect(order.item_total + order.shipping_total).toBe(order.total)
  })

  it("shows each household only its own parcel, with the buyer's phone to deliver to", async () => {
    const ofA = (await householdOrders(ownerA, HOUSEHOLD_A.household)).filter((p) => p.number === order.number)
    const ofB = (await householdOrders(ownerB, HOUSEHOLD_B.household)).filter((p) => p.number === order.number)
    expect(ofA).toHaveLength(1)
    expect(ofB).toHaveLength(1)
    expect(ofA[0].items.map((i) => i.title)).toEqual(["Hạt dẻ thử đơn hàng"])
    expect(ofB[0].items.map((i) => i.title)).toEqual(["Miến dong thử đơn hàng"])
    expect(ofA[0].delivery.phone).toBe("0912345678")
    const crossed = await call("POST", `/seller/households/${HOUSEHOLD_B.household}/orders/${ofA[0].id}/status`, {
      token: ownerB,
      body: { action: "pack" },
    })
    expect(crossed.status).toBe(404)
  })

  it("is paid household by household as each hands its parcel over with the cash", async () => {
    const [parcel] = (await householdOrders(ownerA, HOUSEHOLD_A.household)).filter((p) => p.number === order.number)
    const act = (body: Record<string, unknown>) =>
      call<{ order: SellerParcel; message?: string }>("POST", `/seller/households/${HOUSEHOLD_A.household}/orders/${parcel.id}/status`, {
        token: ownerA,
        body,
      })
    expect((await act({ action: "deliver", cash_collected: true })).body.message).toMatch(/Đã gửi hàng/)
    expect((await act({ action: "pack" })).body.order.status).toBe("packed")
    expect((await act({ action: "ship" })).status).toBe(400)
    expect((await act({ action: "ship", carrier: "Viettel Post", tracking_code: "VT123" })).body.order.status).toBe("shipped")
    expect((await act({ action: "deliver" })).status).toBe(400)
    const before = await call<{ earned: number }>("GET", `/seller/households/${HOUSEHOLD_A.household}/earnings`, { token: ownerA })
    const delivered = await act({ action: "deliver", cash_collected: true })
    expect(delivered.body.order).toMatchObject({ status: "delivered", paid: true })
    const after = await call<{ earned: number; owed: number }>("GET", `/seller/households/${HOUSEHOLD_A.household}/earnings`, { token: ownerA })
    expect(after.body.earned - before.body.earned).toBe(2 * 150_000 + order.parcels.find((p) => p.producer?.handle === HOUSEHOLD_A.household)!.shipping)
    const captured = await withDb(async (db) => {
      const { rows } = await db.query(
        `select coalesce(sum(c.amount), 0)::int as captured from capture c
           join payment p on p.id = c.payment_id
           join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
           join "order" o on o.id = opc.order_id
          where o.display_id = $1`,
        [Number(order.number.slice(3))]
      )
      return rows[0].captured as number
    })
    expect(captured).toBe(after.body.earned - before.body.earned)
    const fulfilments = await withDb(async (db) => {
      const { rows } = await db.query(
        `select f.shipped_at, f.delivered_at, f.metadata->>'parcel_id' as parcel_id from fulfillment f
           join order_fulfillment ofl on ofl.fulfillment_id = f.id
           join "order" o on o.id = ofl.order_id
          where o.display_id = $1 and f.canceled_at is null`,
        [Number(order.number.slice(3))]
      )
      return rows
    })
    expect(fulfilments).toHaveLength(1)
    expect(fulfilments[0]).toMatchObject({ parcel_id: parcel.id, shipped_at: expect.any(Date), delivered_at: expect.any(Date) })
  })

  it("is owed to the household until the operator records paying it, never more than owed", async () => {
    type Row = { producer_id: string; handle: string; owed: number }
    const list = await call<{ households: Row[] }>("GET", "/admin/payouts", { token: admin })
    const row = list.body.households.find((h) => h.handle === HOUSEHOLD_A.household)!
    expect(row.owed).toBeGreaterThan(0)
    const pay = (amount: number) =>
      call<{ owed: number; message?: string }>("POST", "/admin/payouts", {
        token: admin,
        body: { producer_id: row.producer_id, amount, reference: "Chuyển khoản VCB 0001" },
      })
    const over = await pay(row.owed + 1)
    expect(over.status).toBe(400)
    expect(over.body.message).toMatch(/chỉ còn được nhận/)
    const paid = await pay(row.owed)
    expect(paid.status).toBe(201)
    expect(paid.body.owed).toBe(0)
    const seen = await call<{ owed: number }>("GET", `/seller/households/${HOUSEHOLD_A.household}/earnings`, { token: ownerA })
    expect(seen.body.owed).toBe(0)
  })

  it("is found by number and phone, in any spelling of the phone, and by nothing less", async () => {
    const found = await call<{ order: OrderSummary }>("POST", "/store/order-lookup", { body: { number: order.number, phone: "+84912345678" } })
    expect(found.status).toBe(200)
    expect(found.body.order.number).toBe(order.number)
    const wrong = await call<Record<string, unknown>>("POST", "/store/order-lookup", {
      body: { number: order.number, phone: "0987 654 321" },
      from: "127.0.0.9",
    })
    expect(wrong.status).toBe(404)
    expect(JSON.stringify(wrong.body)).not.toContain("Hàng Bạc")
    expect(JSON.stringify(wrong.body)).not.toContain("0912345678")
  })
})

describe("VietQR transfer", () => {
  let order: OrderSummary

  beforeAll(async () => {
    const placed = await place(await cartWith([[variantB, 1]]), "vietqr")
    expect(placed.status).toBe(200)
    order = placed.body.order
  })

  it("shows a QR with the exact amount and the transfer reference while the payment is pending", () => {
    expect(order.payment.status).toBe("pending")
    expect(order.payment.vietqr?.amount).toBe(order.total)
    expect(order.payment.vietqr?.payload).toContain(`54${String(order.total).length.toString().padStart(2, "0")}${order.total}`)
    expect(order.payment.vietqr?.payload).toContain(order.payment.vietqr!.reference)
  })

  it("cannot be sent by the household before the money has arrived", async () => {
    const [parcel] = (await householdOrders(ownerB, HOUSEHOLD_B.household)).filter((p) => p.number === order.number)
    const reply = await call<{ message: string }>("POST", `/seller/households/${HOUSEHOLD_B.household}/orders/${parcel.id}/status`, {
      token: ownerB,
      body: { action: "ship", carrier: "VNPost" },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(/chưa trả tiền/)
  })

  it("is on the operator's list of transfers to watch for, with amount and reference", async () => {
    const reply = await call<{ transfers: { number: string; amount: number; reference: string }[] }>("GET", "/admin/vietqr/pending", { token: admin })
    expect(reply.body.transfers.find((t) => t.number === order.number)).toMatchObject({
      amount: order.total,
      reference: order.payment.vietqr!.reference,
    })
  })

  it("is confirmed by the operator only for the exact amount, and only once", async () => {
    const confirm = (amount: number) => call<{ message?: string }>("POST", "/admin/vietqr/confirm", { token: admin, body: { number: order.number, amount } })
    const short = await confirm(order.total - 1000)
    expect(short.status).toBe(400)
    expect(short.body.message).toMatch(/Số tiền không khớp/)
    const replies = await Promise.all([confirm(order.total), confirm(order.total)])
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409])
    const lookup = await call<{ order: OrderSummary }>("POST", "/store/order-lookup", { body: { number: order.number, phone: ADDRESS.phone } })
    expect(lookup.body.order.payment.status).toBe("paid")
    expect(lookup.body.order.payment.vietqr).toBeUndefined()
  })
})

describe("an unpaid transfer past its window", () => {
  it("is cancelled, gives its stock back, and a late confirmation is refused", async () => {
    const before = await reserved(variantA)
    const placed = await place(await cartWith([[variantA, 3]]), "vietqr")
    expect(placed.status).toBe(200)
    const number = placed.body.order.number
    expect(await reserved(variantA)).toBe(before + 3)
    await withDb((db) =>
      db.query(`update household_parcel set created_at = now() - interval '3 days' where order_display_id = $1`, [Number(number.slice(3))])
    )
    const run = await call<{ cancelled: string[] }>("POST", "/admin/vietqr/cancel-overdue", { token: admin, body: {} })
    expect(run.status).toBe(200)
    expect(run.body.cancelled).toContain(number)
    expect(await reserved(variantA)).toBe(before)
    const lookup = await call<{ order: OrderSummary }>("POST", "/store/order-lookup", { body: { number, phone: ADDRESS.phone } })
    expect(lookup.body.order.payment.status).toBe("cancelled")
    expect(lookup.body.order.parcels.every((p) => p.status === "cancelled")).toBe(true)
    const late = await call<{ message: string }>("POST", "/admin/vietqr/confirm", { token: admin, body: { number, amount: placed.body.order.total } })
    expect(late.status).toBe(409)
    expect(late.body.message).toMatch(/hoàn lại/)
  })
})
