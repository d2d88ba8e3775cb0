import { readFileSync } from "node:fs"
import { request } from "node:http"
import path from "node:path"
import pg from "pg"
import { medusaUrl, publishableKey } from "./store-api"

/** The password `npm start` seeds for every household and helper account. */
export const DEMO_PASSWORD = "chophien2026"

/** Seeded accounts the seller tests rely on (content/catalog/producers.json). */
export const SEEDED = {
  /** Owner of ho-nong-thi-hoa (verified, helped by to-cns-dam-thuy). */
  ownerA: { phone: "0910000000", household: "ho-nong-thi-hoa" },
  /** Owner of ho-trieu-thi-may (verified, helped by to-cns-phja-den). */
  ownerB: { phone: "0910023757", household: "ho-trieu-thi-may" },
  /** Helper of to-cns-dam-thuy: ho-nong-thi-hoa, ho-luc-van-tuan, ho-nong-thi-phuong, ho-be-van-thang. */
  helperDamThuy: { phone: "0920000001", households: ["ho-be-van-thang", "ho-luc-van-tuan", "ho-nong-thi-hoa", "ho-nong-thi-phuong"] },
}

export type Reply<T = Record<string, unknown>> = { status: number; body: T; headers: Record<string, unknown> }

type Options = { token?: string | undefined; body?: unknown; from?: string | undefined; headers?: Record<string, string> }

/**
 * Plain node:http so a test can choose the source address (any 127.x.y.z is this machine):
 * that is how "another IP" is tested without trusting a forwarded-for header.
 */
export function call<T = Record<string, unknown>>(method: string, route: string, options: Options = {}): Promise<Reply<T>> {
  const url = new URL(route, medusaUrl)
  if (options.from) {
    url.hostname = "127.0.0.1"
  }
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
  const headers: Record<string, string> = {
    ...(payload ? { "content-type": "application/json" } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(route.startsWith("/store") ? { "x-publishable-api-key": publishableKey() } : {}),
    ...options.headers,
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress: options.from }, (res) => {
      let text = ""
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => (text += chunk))
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers })
      )
    })
    req.on("error", reject)
    req.end(payload)
  })
}

export async function signIn(phone: string, password = DEMO_PASSWORD, from?: string): Promise<string> {
  const reply = await call<{ token: string }>("POST", "/seller/auth/sign-in", { body: { phone, password }, from })
  if (reply.status !== 200) {
    throw new Error(`Sign-in of ${phone} answered ${reply.status}: ${JSON.stringify(reply.body)}`)
  }
  return reply.body.token
}

/** A fresh phone number per run, so tests never share rate-limit counts or accounts. */
export function randomPhone(): string {
  return `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`
}

/** A random loopback source address, so each run starts with clean per-address counts. */
export function randomLoopback(): string {
  const byte = () => 1 + Math.floor(Math.random() * 250)
  return `127.${byte()}.${byte()}.${byte()}`
}

export async function registerSeller(phone = randomPhone(), password = "mat-khau-moi-1") {
  const reply = await call<{ token: string; seller: { id: string }; household: { handle: string; verification_status: string } }>(
    "POST",
    "/seller/auth/register",
    // From an address of its own: the suite registers more households than one address may in an hour.
    { body: { phone, password, name: "Nông Văn Thử", household_name: "Hộ Nông Văn Thử", area_name: "Trùng Khánh" }, from: randomLoopback() }
  )
  if (reply.status !== 201) {
    throw new Error(`Register answered ${reply.status}: ${JSON.stringify(reply.body)}`)
  }
  return { phone, password, ...reply.body }
}

export async function adminToken(): Promise<string> {
  const dataDir = process.env.CHO_PHIEN_DATA_DIR ?? ".data"
  const operator = JSON.parse(readFileSync(path.join(dataDir, "operator.json"), "utf8")) as { email: string; password: string }
  const reply = await call<{ token: string }>("POST", "/auth/user/emailpass", { body: operator })
  return reply.body.token
}

/** A valid variant and product body for create tests. */
export function productBody(overrides: Record<string, unknown> = {}) {
  return {
    title_vi: "Hạt dẻ rang thử",
    category: "nong-san",
    variants: [{ label: "Túi 500 g", price_vnd: 95_000, weight_g: 500, stock: 12 }],
    ...overrides,
  }
}

/**
 * Products whose title or one of whose variant labels holds `marker`, deleted or not: how
 * a test proves a refused request created nothing, while other test files running at the
 * same time add products to the same households (a household's count proves nothing then).
 */
export async function productsMarked(marker: string): Promise<number> {
  return await withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM product p
        WHERE strpos(p.title, $1) > 0 OR EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.id AND strpos(v.title, $1) > 0)`,
      [marker]
    )
    return rows[0].n
  })
}

/** A product body with `marker` in its title and its variant's label, so that either, if kept, can be found again. */
export function markedProductBody(marker: string, overrides: Record<string, unknown> = {}) {
  return productBody({
    title_vi: `Thử ${marker}`,
    variants: [{ label: `Túi ${marker}`, price_vnd: 95_000, weight_g: 500, stock: 12 }],
    ...overrides,
  })
}

export async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** Everything a write could have touched on a product, read straight from the database. */
export async function productSnapshot(productId: string) {
  return withDb(async (client) => {
    const product = await client.query(
      "select id, title, description, status, handle, deleted_at, updated_at from product where id = $1",
      [productId]
    )
    const variants = await client.query(
      "select id, title, weight, deleted_at from product_variant where product_id = $1 order by id",
      [productId]
    )
    return { product: product.rows[0], variants: variants.rows }
  })
}
