import { beforeAll, describe, expect, it } from "vitest"
import { medusaUrl, publishableKey, storeGet } from "../support/store-api"

/**
 * The store's one shipping option is calculated by the zone-and-weight provider: one parcel
 * per household, priced by the province's zone and the parcel's weight (seed weights).
 */
type Cart = { id: string; items: { id: string; metadata?: Record<string, unknown> }[] }
type ShippingOption = { id: string; name: string; price_type: string; provider_id: string }
type Reply<T> = { status: number; body: T }

async function call<T>(method: string, path: string, body?: unknown, cartToken?: string): Promise<Reply<T>> {
  const response = await fetch(`${medusaUrl}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey(),
      ...(cartToken ? { "x-cart-token": cartToken } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as T }
}

const variantIds = new Map<string, string>()

async function variantId(handle: string, title: string): Promise<string> {
  const key = `${handle}/${title}`
  if (!variantIds.has(key)) {
    const { body } = await storeGet<{ products: { variants: { id: string; title: string }[] }[] }>(
      `/store/products?handle=${handle}&fields=variants.id,variants.title`
    )
    const variant = body.products[0]?.variants.find((v) => v.title === title)
    if (!variant) throw new Error(`seed variant ${key} is missing`)
    variantIds.set(key, variant.id)
  }
  return variantIds.get(key) as string
}

/** A cart with these lines, shipped to `province` when one is given; returns its id and token. */
async function cartWith(lines: [handle: string, variant: string, quantity: number][], province?: string, metadata?: object) {
  const created = await call<{ cart: Cart; cart_token: string }>("POST", "/store/checkout/carts", {})
  expect(created.status).toBe(201)
  const { cart, cart_token: token } = created.body
  for (const [handle, title, quantity] of lines) {
    const added = await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: await variantId(handle, title), quantity, metadata }, token)
    expect(added.status).toBe(200)
  }
  if (province) {
    const address = { first_name: "Lan", address_1: "12 Điện Biên Phủ", city: "Ba Đình", province, country_code: "vn" }
    const updated = await call("POST", `/store/carts/${cart.id}`, { shipping_address: address }, token)
    expect(updated.status).toBe(200)
  }
  return { id: cart.id, token }
}

async function storeOption(cartId: string, token: string): Promise<ShippingOption> {
  const { status, body } = await call<{ shipping_options: ShippingOption[] }>(
    "GET",
    `/store/shipping-options?cart_id=${cartId}`,
    undefined,
    token
  )
  expect(status).toBe(200)
  expect(body.shipping_options.map((o) => [o.name, o.price_type, o.provider_id])).toEqual([
    ["Giao hàng tận nhà", "calculated", "vn-zone-weight_vn"],
  ])
  return body.shipping_options[0]
}

async function calculate(cartId: string, token: string) {
  const optionId = (await storeOption(cartId, token)).id
  return call<{ shipping_option?: { amount: number }; message?: string }>(
    "POST",
    `/store/shipping-options/${optionId}/calculate`,
    { cart_id: cartId, data: {} },
    token
  )
}

describe("POST /store/shipping-options/:id/calculate", () => {
  beforeAll(async () => {
    await variantId("hat-de-trung-khanh", "1 kg")
  })

  it.each([
    // Hạt dẻ 1 kg weighs 1 050 g: the first 500 g and two more steps started.
    ["CB", 16_000 + 2 * 2_500],
    ["HN", 22_000 + 2 * 4_000],
    ["DN", 30_000 + 2 * 5_000],
    ["HCM", 32_000 + 2 * 5_000],
  ])("prices a 1 050 g parcel to %s at %i ₫", async (province, amount) => {
    const cart = await cartWith([["hat-de-trung-khanh", "1 kg", 1]], province)
    const { status, body } = await calculate(cart.id, cart.token)
    expect(status).toBe(200)
    expect(body.shipping_option?.amount).toBe(amount)
  })

  it("weighs one household's lines as one parcel", async () => {
    // Both from hộ Bế Thị Lan: 1 050 g + 1 100 g = 2 150 g, so 500 g and four steps to Hà Nội.
    const cart = await cartWith([["la-thach-den-kho", "Túi 1 kg", 1], ["thach-den-nau-san", "Hộp 1 kg", 1]], "HN")
    const { body } = await calculate(cart.id, cart.token)
    expect(body.shipping_option?.amount).toBe(22_000 + 4 * 4_000)
  })

  it("adds one parcel per household and counts quantity", async () => {
    // Trà Shan tuyết 2 × 150 g from one household, hạt dẻ 1 050 g from another.
    const cart = await cartWith([["tra-shan-tuyet-phja-den", "Gói 100 g", 2], ["hat-de-trung-khanh", "1 kg", 1]], "HCM")
    const { body } = await calculate(cart.id, cart.token)
    expect(body.shipping_option?.amount).toBe(32_000 + (32_000 + 2 * 5_000))
  })

  it("groups by the household the server knows, not one the client claims", async () => {
    const lines: [string, string, number][] = [["tra-shan-tuyet-phja-den", "Gói 100 g", 2], ["hat-de-trung-khanh", "1 kg", 1]]
    const cart = await cartWith(lines, "HCM", { producer_id: "pdcr_forged" })
    const { body } = await calculate(cart.id, cart.token)
    expect(body.shipping_option?.amount).toBe(32_000 + (32_000 + 2 * 5_000))
  })

  it("refuses to price a cart that has no province yet", async () => {
    const cart = await cartWith([["hat-de-trung-khanh", "1 kg", 1]])
    const { status, body } = await calculate(cart.id, cart.token)
    expect(status).toBe(400)
    expect(body.message).toBe("Chọn tỉnh/thành để tính phí giao hàng.")
  })

  it("refuses a province that is not one of the 34", async () => {
    const cart = await cartWith([["hat-de-trung-khanh", "1 kg", 1]], "Hà Nội")
    const { status, body } = await calculate(cart.id, cart.token)
    expect(status).toBe(400)
    expect(body.message).toBe("Chọn tỉnh/thành để tính phí giao hàng.")
  })
})
