import { call, type Reply } from "./seller-api"

/**
 * A buyer's checkout through the Store API (docs: /work/briefs/checkout-api.md): a private
 * cart opened by its token, lines, an address, then payment and placement.
 */
export type TestCart = { id: string; token: string }

export type OrderSummary = {
  number: string
  display_id: number
  total: number
  payment: { method: string; status: string }
  parcels: { producer: { handle: string }; items: { quantity: number }[] }[]
}

export type CompleteReply = Reply<{ order?: OrderSummary; type?: string; message?: string; lines?: string[] }>

/** A valid address for a buyer in Hà Nội; a fresh phone per call unless one is given. */
export function buyerAddress(phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`) {
  return { name: "Nguyễn Văn Mua", phone, province_code: "HN", ward: "Phường Ba Đình", street: "Số 1 ngõ Thử Tải" }
}

function expectStatus<T>(reply: Reply<T>, status: number, what: string): Reply<T> {
  if (reply.status !== status) {
    throw new Error(`${what} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 400)}`)
  }
  return reply
}

export async function newCart(): Promise<TestCart> {
  const reply = await call<{ cart: { id: string }; cart_token: string }>("POST", "/store/checkout/carts", { body: {} })
  expectStatus(reply, 201, "POST /store/checkout/carts")
  return { id: reply.body.cart.id, token: reply.body.cart_token }
}

export async function addLine(cart: TestCart, variantId: string, quantity = 1): Promise<void> {
  const reply = await call("POST", `/store/carts/${cart.id}/line-items`, {
    body: { variant_id: variantId, quantity },
    headers: { "x-cart-token": cart.token },
  })
  expectStatus(reply, 200, `Adding ${variantId} to ${cart.id}`)
}

export async function setAddress(cart: TestCart, address = buyerAddress()): Promise<void> {
  const reply = await call("POST", `/store/checkout/carts/${cart.id}/address`, {
    body: address,
    headers: { "x-cart-token": cart.token },
  })
  expectStatus(reply, 200, `Address of ${cart.id}`)
}

/** Pays and places the order; the reply is returned whatever its status, for the test to judge. */
export function complete(cart: TestCart, method: "cod" | "vietqr" | "stripe" = "cod"): Promise<CompleteReply> {
  return call("POST", `/store/checkout/carts/${cart.id}/complete`, {
    body: { method },
    headers: { "x-cart-token": cart.token },
  })
}

/** A cart with the given lines and an address, ready to complete. */
export async function readyCart(lines: { variantId: string; quantity: number }[]): Promise<TestCart> {
  const cart = await newCart()
  for (const line of lines) {
    await addLine(cart, line.variantId, line.quantity)
  }
  await setAddress(cart)
  return cart
}

/** Runs `make` for every index, at most `width` at a time (setting up 100 carts at once would crawl). */
export async function inBatches<T>(count: number, width: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let start = 0; start < count; start += width) {
    const indexes = Array.from({ length: Math.min(width, count - start) }, (_, i) => start + i)
    results.push(...(await Promise.all(indexes.map(make))))
  }
  return results
}
