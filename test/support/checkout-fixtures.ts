import { adminToken, call, registerSeller, withDb } from "./seller-api"

/**
 * Stock the checkout tests own: a household registered for the test (so no other suite's
 * counts of seeded households move), verified by the operator, selling products only these
 * tests buy. Stock levels then depend on nothing another suite does.
 */
export type TestHousehold = { handle: string; producerId: string; token: string }
export type TestVariant = { id: string; label: string }
export type TestProduct = { id: string; handle: string; title: string; variants: TestVariant[] }

export async function verifiedHousehold(): Promise<TestHousehold> {
  const seller = await registerSeller()
  const handle = seller.household.handle
  const producerId = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>("select id from producer where handle = $1", [handle])
    return rows[0]!.id
  })
  const verified = await call("POST", `/admin/producers/${producerId}/verify`, { token: await adminToken(), body: {} })
  if (verified.status !== 200) {
    throw new Error(`Verifying ${handle} answered ${verified.status}: ${JSON.stringify(verified.body)}`)
  }
  return { handle, producerId, token: seller.token }
}

/** Lists and publishes a product for the household: it is linked to it and stocked at Kho Cao Bằng. */
export async function publishedProduct(
  household: TestHousehold,
  title: string,
  variants: { label: string; stock: number; price_vnd?: number; weight_g?: number }[]
): Promise<TestProduct> {
  const base = `/seller/households/${household.handle}/products`
  const created = await call<{ product: { id: string; handle: string; variants: TestVariant[] } }>("POST", base, {
    token: household.token,
    body: {
      title_vi: title,
      category: "nong-san",
      variants: variants.map((v) => ({ label: v.label, price_vnd: v.price_vnd ?? 50_000, weight_g: v.weight_g ?? 500, stock: v.stock })),
    },
  })
  if (created.status !== 201) {
    throw new Error(`Listing ${title} answered ${created.status}: ${JSON.stringify(created.body)}`)
  }
  const { product } = created.body
  const published = await call<{ product: { status: string } }>("POST", `${base}/${product.id}/publish`, { token: household.token, body: {} })
  if (published.body.product?.status !== "published") {
    throw new Error(`Publishing ${title} answered ${published.status}: ${JSON.stringify(published.body)}`)
  }
  return { id: product.id, handle: product.handle, title, variants: product.variants.map((v) => ({ id: v.id, label: v.label })) }
}

/**
 * Takes the listing down again (other suites count the public catalog). Unpublished, not
 * deleted: Medusa refuses to delete stock that orders still hold.
 */
export async function withdrawProduct(household: TestHousehold, product: TestProduct): Promise<void> {
  const reply = await call<{ product: { status: string } }>(
    "POST",
    `/seller/households/${household.handle}/products/${product.id}/unpublish`,
    { token: household.token, body: {} }
  )
  if (reply.body.product?.status !== "draft") {
    throw new Error(`Unpublishing ${product.title} answered ${reply.status}: ${JSON.stringify(reply.body)}`)
  }
}

export type StockLink = { inventory_item_id: string; required_quantity: number }

export async function stockLinksOf(variantId: string): Promise<StockLink[]> {
  return withDb(async (db) => {
    const { rows } = await db.query<StockLink>(
      "select inventory_item_id, required_quantity::int as required_quantity from product_variant_inventory_item where variant_id = $1 and deleted_at is null",
      [variantId]
    )
    return rows
  })
}

/**
 * Makes `variantId` draw `required` units of `itemId` instead of its own item, through the
 * admin API (e.g. "2 × 500 g" taking two of the "500 g" bags a household keeps).
 */
export async function drawFromItem(productId: string, variantId: string, itemId: string, required: number): Promise<void> {
  const own = await stockLinksOf(variantId)
  const reply = await call("POST", `/admin/products/${productId}/variants/inventory-items/batch`, {
    token: await adminToken(),
    body: {
      create: [{ variant_id: variantId, inventory_item_id: itemId, required_quantity: required }],
      delete: own.map((link) => ({ variant_id: variantId, inventory_item_id: link.inventory_item_id })),
    },
  })
  if (reply.status !== 200) {
    throw new Error(`Linking ${variantId} to ${itemId} answered ${reply.status}: ${JSON.stringify(reply.body)}`)
  }
}

export type StockLevel = { stocked: number; reserved: number; reservations: number; reservationRows: number }

/** The item's level at every location together, and the reservations held against it. */
export async function stockOf(itemId: string): Promise<StockLevel> {
  return withDb(async (db) => {
    const level = await db.query<{ stocked: string; reserved: string }>(
      "select coalesce(sum(stocked_quantity), 0) as stocked, coalesce(sum(reserved_quantity), 0) as reserved from inventory_level where inventory_item_id = $1 and deleted_at is null",
      [itemId]
    )
    const held = await db.query<{ quantity: string; rows: string }>(
      "select coalesce(sum(quantity), 0) as quantity, count(*) as rows from reservation_item where inventory_item_id = $1 and deleted_at is null",
      [itemId]
    )
    return {
      stocked: Number(level.rows[0]!.stocked),
      reserved: Number(level.rows[0]!.reserved),
      reservations: Number(held.rows[0]!.quantity),
      reservationRows: Number(held.rows[0]!.rows),
    }
  })
}

/** Orders (not deleted) that have a line of one of these variants, with that line's quantity. */
export async function ordersWithVariants(variantIds: string[]): Promise<{ order_id: string; variant_id: string; quantity: number }[]> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ order_id: string; variant_id: string; quantity: string }>(
      `select o.id as order_id, li.variant_id, oi.quantity
         from "order" o
         join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
        where li.variant_id = any($1) and o.deleted_at is null`,
      [variantIds]
    )
    return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }))
  })
}

export async function parcelsOfProducer(producerId: string): Promise<{ id: string; order_id: string; order_display_id: number }[]> {
  return withDb(async (db) => {
    const { rows } = await db.query(
      "select id, order_id, order_display_id from household_parcel where producer_id = $1 and deleted_at is null",
      [producerId]
    )
    return rows
  })
}

/** The order each cart became (Medusa's cart ↔ order link), for the carts that became one. */
export async function ordersOfCarts(cartIds: string[]): Promise<Map<string, string>> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ cart_id: string; order_id: string }>(
      "select cart_id, order_id from order_cart where cart_id = any($1) and deleted_at is null",
      [cartIds]
    )
    return new Map(rows.map((row) => [row.cart_id, row.order_id]))
  })
}

export type CartPayments = {
  cart_id: string
  sessions: { status: string; provider_id: string }[]
  payments: { captured_at: Date | null; canceled_at: Date | null; provider_id: string }[]
}

/** Every payment session and payment of each cart's payment collection. */
export async function paymentsOfCarts(cartIds: string[]): Promise<CartPayments[]> {
  return withDb(async (db) => {
    const sessions = await db.query<{ cart_id: string; status: string; provider_id: string }>(
      `select cpc.cart_id, ps.status, ps.provider_id
         from cart_payment_collection cpc
         join payment_session ps on ps.payment_collection_id = cpc.payment_collection_id and ps.deleted_at is null
        where cpc.cart_id = any($1) and cpc.deleted_at is null`,
      [cartIds]
    )
    const payments = await db.query<{ cart_id: string; captured_at: Date | null; canceled_at: Date | null; provider_id: string }>(
      `select cpc.cart_id, p.captured_at, p.canceled_at, p.provider_id
         from cart_payment_collection cpc
         join payment p on p.payment_collection_id = cpc.payment_collection_id and p.deleted_at is null
        where cpc.cart_id = any($1) and cpc.deleted_at is null`,
      [cartIds]
    )
    return cartIds.map((cart_id) => ({
      cart_id,
      sessions: sessions.rows.filter((row) => row.cart_id === cart_id).map(({ status, provider_id }) => ({ status, provider_id })),
      payments: payments.rows
        .filter((row) => row.cart_id === cart_id)
        .map(({ captured_at, canceled_at, provider_id }) => ({ captured_at, canceled_at, provider_id })),
    }))
  })
}
