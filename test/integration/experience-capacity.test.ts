import { addLine, buyerAddress, complete, inBatches, newCart, readyCart, type TestCart } from "../support/checkout-api"
import { publishedProduct, verifiedHousehold, withdrawProduct, type TestProduct } from "../support/checkout-fixtures"
import { adminToken, call, withDb } from "../support/seller-api"

/**
 * Places on a date are stock: visitors booking the same date at the same moment never get
 * more places than the household offers; a cancellation gives them back. The suite books
 * "Làm hương ở Phia Thắp" on dates far ahead that no other suite uses, and sets the places of
 * the raced date itself, so it runs the same on a fresh or a reused stack. The stack runs
 * with the default rules: no booking for today or tomorrow, cancel up to 3 days before.
 */
const HANDLE = "trai-nghiem-lam-huong-phia-thap"
const CUTOFF_DAYS = 2
const CANCEL_DAYS = 3

type Day = { date: string; variant_id: string | null; left: number; bookable: boolean }
type Availability = { first_bookable: string; dates: Day[] }
type Summary = {
  number: string
  shipping_total: number
  payment: { status: string }
  parcels: { status: string; shipping: number; items: { quantity: number }[] }[]
}

async function availability(days = 120): Promise<Availability> {
  const reply = await call<Availability>("GET", `/store/experiences/${HANDLE}/availability?days=${days}`)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body
}

async function dayAt(offset: number): Promise<Day> {
  const day = (await availability()).dates[offset]
  expect(day.variant_id, `a variant for ${day.date}`).toBeTruthy()
  return day
}

async function leftOn(date: string): Promise<number> {
  const day = (await availability()).dates.find((d) => d.date === date)
  return day?.left ?? -1
}

/** Makes exactly `left` places free on the date, whatever earlier runs booked. */
async function setPlacesLeft(variantId: string, left: number): Promise<void> {
  const level = await withDb(async (db) => {
    const { rows } = await db.query<{ inventory_item_id: string; location_id: string; reserved: string }>(
      `select l.inventory_item_id, l.location_id, l.reserved_quantity as reserved
         from product_variant_inventory_item pvi
         join inventory_level l on l.inventory_item_id = pvi.inventory_item_id and l.deleted_at is null
        where pvi.variant_id = $1 and pvi.deleted_at is null`,
      [variantId]
    )
    return rows[0]
  })
  const reply = await call("POST", `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`, {
    token: await adminToken(),
    body: { stocked_quantity: Number(level.reserved) + left },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
}

function cancelBooking(number: string, phone: string) {
  return call<{ order?: Summary; message?: string }>("POST", "/store/bookings/cancel", { body: { number, phone } })
}

describe("20 visitors booking the last 2 places of a date at once", () => {
  const BUYERS = 20
  let day: Day
  let carts: TestCart[]
  const phones: string[] = []
  let replies: Awaited<ReturnType<typeof complete>>[]

  beforeAll(async () => {
    day = await dayAt(100)
    await setPlacesLeft(day.variant_id as string, 2)
    carts = await inBatches(BUYERS, 10, async (i) => {
      const cart = await newCart()
      await addLine(cart, day.variant_id as string, 1)
      const address = buyerAddress()
      phones[i] = address.phone
      const reply = await call<{ shipping_total: number }>("POST", `/store/checkout/carts/${cart.id}/address`, {
        body: address,
        headers: { "x-cart-token": cart.token },
      })
      expect(reply.status).toBe(200)
      expect(reply.body.shipping_total, "a booking is not shipped").toBe(0)
      return cart
    })
    expect(await leftOn(day.date)).toBe(2)
    replies = await Promise.all(carts.map((cart) => complete(cart, "cod")))
  })

  it("gives exactly 2 bookings and 18 'hết chỗ' answers", () => {
    const statuses = replies.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(2)
    expect(statuses.filter((s) => s === 409)).toHaveLength(BUYERS - 2)
    for (const reply of replies.filter((r) => r.status === 409)) {
      expect(reply.body.message).toMatch(/^Hết hàng: .*Làm hương ở Phia Thắp \(\d{4}-\d{2}-\d{2}\) đã hết/)
    }
  })

  it("leaves no place on the date and never a negative count", async () => {
    expect(await leftOn(day.date)).toBe(0)
    const level = await withDb(async (db) => {
      const { rows } = await db.query<{ stocked: string; reserved: string }>(
        `select l.stocked_quantity as stocked, l.reserved_quantity as reserved
           from product_variant_inventory_item pvi
           join inventory_level l on l.inventory_item_id = pvi.inventory_item_id and l.deleted_at is null
          where pvi.variant_id = $1 and pvi.deleted_at is null`,
        [day.variant_id]
      )
      return rows[0]
    })
    expect(Number(level.reserved)).toBe(Number(level.stocked))
  })

  it("charges no shipping and shows the booking in the household's parcel", () => {
    for (const reply of replies.filter((r) => r.status === 200)) {
      const order = reply.body.order as unknown as Summary
      expect(order.shipping_total).toBe(0)
      expect(order.parcels).toHaveLength(1)
      expect(order.parcels[0].shipping).toBe(0)
      expect(order.parcels[0].items[0].quantity).toBe(1)
    }
  })

  it("a cancellation frees its place, cancels the payment and the household's parcel", async () => {
    const winner = replies.findIndex((r) => r.status === 200)
    const order = replies[winner].body.order as unknown as Summary
    const wrongPhone = await cancelBooking(order.number, "0999999999")
    expect(wrongPhone.status).toBe(404)
    const reply = await cancelBooking(order.number, phones[winner])
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.order?.payment.status).toBe("cancelled")
    expect(reply.body.order?.parcels.map((p) => p.status)).toEqual(["cancelled"])
    expect(await leftOn(day.date)).toBe(1)
    const again = await cancelBooking(order.number, phones[winner])
    expect(again.status).toBe(400)
    expect(again.body.message).toBe("Đơn này đã được huỷ rồi.")
    expect(await leftOn(day.date)).toBe(1)
  })
})

describe("booking cut-off", () => {
  it("refuses adding tomorrow's date to a cart, in Vietnamese", async () => {
    const { dates, first_bookable } = await availability(7)
    const tomorrow = dates[1]
    expect(tomorrow.bookable).toBe(false)
    expect(tomorrow.left).toBe(0)
    expect(dates[CUTOFF_DAYS].date).toBe(first_bookable)
    const cart = await newCart()
    const reply = await call<{ message: string }>("POST", `/store/carts/${cart.id}/line-items`, {
      body: { variant_id: tomorrow.variant_id, quantity: 1 },
      headers: { "x-cart-token": cart.token },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toContain("đã quá hạn đặt")
  })

  it("refuses at checkout a booking whose date closed while it waited in the cart", async () => {
    const day = await dayAt(90)
    const cart = await readyCart([{ variantId: day.variant_id as string, quantity: 1 }])
    const product = await withDb(async (db) => {
      const { rows } = await db.query<{ id: string; metadata: Record<string, unknown> }>(
        "select id, metadata from product where handle = $1 and deleted_at is null",
        [HANDLE]
      )
      return rows[0]
    })
    const token = await adminToken()
    // The household now needs 100 days' notice: the date in the cart is past it.
    const closed = await call("POST", `/admin/products/${product.id}`, { token, body: { metadata: { ...product.metadata, cutoff_days: 100 } } })
    expect(closed.status).toBe(200)
    try {
      const reply = await complete(cart, "cod")
      expect(reply.status).toBe(400)
      expect(reply.body.message).toContain("đã quá hạn đặt")
    } finally {
      const { cutoff_days: _dropped, ...metadata } = product.metadata
      await call("POST", `/admin/products/${product.id}`, { token, body: { metadata: { ...metadata, cutoff_days: null } } })
    }
  })
})

describe("cancelling a booking", () => {
  let household: Awaited<ReturnType<typeof verifiedHousehold>>
  let goods: TestProduct

  beforeAll(async () => {
    household = await verifiedHousehold()
    goods = await publishedProduct(household, `Hương quế ${Date.now()}`, [{ label: "Bó 10 nén", stock: 5 }])
  })

  afterAll(async () => {
    await withdrawProduct(household, goods)
  })

  async function bookAndPay(lines: { variantId: string; quantity: number }[]) {
    const address = buyerAddress()
    const cart = await newCart()
    for (const line of lines) await addLine(cart, line.variantId, line.quantity)
    const set = await call("POST", `/store/checkout/carts/${cart.id}/address`, { body: address, headers: { "x-cart-token": cart.token } })
    expect(set.status).toBe(200)
    const reply = await complete(cart, "cod")
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    return { number: (reply.body.order as unknown as Summary).number, phone: address.phone }
  }

  it(`is refused fewer than ${CANCEL_DAYS} days before the date, and the places stay booked`, async () => {
    const day = await dayAt(CUTOFF_DAYS)
    expect(day.bookable).toBe(true)
    const before = await leftOn(day.date)
    const order = await bookAndPay([{ variantId: day.variant_id as string, quantity: 2 }])
    expect(await leftOn(day.date)).toBe(before - 2)
    const reply = await cancelBooking(order.number, order.phone)
    expect(reply.status).toBe(400)
    expect(reply.body.message).toContain(`ít nhất ${CANCEL_DAYS} ngày`)
    expect(await leftOn(day.date)).toBe(before - 2)
  })

  it("is refused for an order that also holds goods", async () => {
    const day = await dayAt(95)
    const order = await bookAndPay([
      { variantId: day.variant_id as string, quantity: 1 },
      { variantId: goods.variants[0].id, quantity: 1 },
    ])
    const reply = await cancelBooking(order.number, order.phone)
    expect(reply.status).toBe(400)
    expect(reply.body.message).toContain("có cả hàng hoá")
  })
})
