import { encodeAny, loopback, pooled, rawCall, type RawReply } from "../support/security-http"
import { SQL_INJECTION } from "../support/security-payloads"

/**
 * SQL-injection strings in every search and filter parameter the public reaches: each
 * answer is a 4xx or an ordinary (empty or narrow) result, never a 5xx, never more rows
 * than an honest query could give, and the tables are all still there afterwards.
 */
type Probe = { what: string; method: "GET" | "POST"; path: string; body?: unknown }

const q = encodeAny

function probesFor(payload: string): Probe[] {
  const v = q(payload)
  const get = (what: string, path: string): Probe => ({ what, method: "GET", path })
  return [
    get("search q", `/store/search?q=${v}`),
    ...["type", "category", "area", "price_min", "price_max", "in_stock", "ocop_min", "sort", "limit", "offset"].map((name) =>
      get(`search ${name}`, `/store/search?q=che&${name}=${v}`)
    ),
    get("search unknown parameter", `/store/search?q=che&${v}=1`),
    get("products q", `/store/products?q=${v}`),
    get("products handle", `/store/products?handle=${v}`),
    get("products id", `/store/products?id=${v}`),
    get("products category_id", `/store/products?category_id=${v}`),
    get("products category_id[]", `/store/products?category_id[]=${v}`),
    get("products tag_id", `/store/products?tag_id=${v}`),
    get("products order", `/store/products?order=${v}`),
    get("products fields", `/store/products?fields=${v}`),
    get("products title", `/store/products?title=${v}`),
    get("products created_at", `/store/products?created_at[$gt]=${v}`),
    get("product by id", `/store/products/${v}`),
    get("product categories handle", `/store/product-categories?handle=${v}`),
    get("product categories q", `/store/product-categories?q=${v}`),
    get("producers area", `/store/producers?area=${v}`),
    get("producer handle", `/store/producers/${v}`),
    get("destinations area", `/store/destinations?area=${v}`),
    get("destination slug", `/store/destinations/${v}`),
    get("experiences availability handle", `/store/experiences/${v}/availability`),
    get("experiences availability from", `/store/experiences/homestay-khuoi-khon/availability?from=${v}`),
    get("experiences availability days", `/store/experiences/homestay-khuoi-khon/availability?days=${v}`),
    { what: "order lookup number", method: "POST", path: "/store/order-lookup", body: { number: payload, phone: "0912345678" } },
    { what: "order lookup phone", method: "POST", path: "/store/order-lookup", body: { number: "CP-1", phone: payload } },
    { what: "booking cancel", method: "POST", path: "/store/bookings/cancel", body: { number: payload, phone: payload } },
    { what: "seller sign-in phone", method: "POST", path: "/seller/auth/sign-in", body: { phone: payload, password: "x" } },
    { what: "seller sign-in password", method: "POST", path: "/seller/auth/sign-in", body: { phone: "0910000000", password: payload } },
  ]
}

type Result = Probe & { payload: string; reply: RawReply }

/** How many rows of a kind exist, read the honest way, to tell a narrow result from a dump. */
async function totals() {
  const read = async (path: string, key: string) => {
    const reply = await rawCall("GET", path, { from: loopback() })
    expect(reply.status, `${path} → ${reply.text.slice(0, 200)}`).toBe(200)
    return (JSON.parse(reply.text) as Record<string, number>)[key]
  }
  return {
    products: await read("/store/products?limit=1", "count"),
    producers: await read("/store/producers?limit=1", "count"),
    destinations: await read("/store/destinations?limit=1", "count"),
    categories: await read("/store/product-categories?limit=1", "count"),
    search: await read("/store/search?q=&limit=1", "total"),
  }
}

function rowsIn(reply: RawReply): number | undefined {
  if (reply.status !== 200) return undefined
  const body = JSON.parse(reply.text) as Record<string, unknown>
  for (const key of ["products", "producers", "destinations", "product_categories", "hits"]) {
    if (Array.isArray(body[key])) return (body.count ?? body.total ?? (body[key] as unknown[]).length) as number
  }
  return undefined
}

describe("SQL injection in search, filters, lookups and sign-in", () => {
  let before: Awaited<ReturnType<typeof totals>>
  let results: Result[] = []

  beforeAll(async () => {
    before = await totals()
    const probes = SQL_INJECTION.flatMap((payload) => probesFor(payload).map((probe) => ({ ...probe, payload })))
    // Each probe from its own loopback address, so per-address rate limits do not answer for the code under test.
    results = await pooled(probes, 6, async (probe) => ({
      ...probe,
      reply: await rawCall(probe.method, probe.path, { body: probe.body, from: loopback() }),
    }))
    console.info(`SQL-injection sweep: ${SQL_INJECTION.length} payloads × ${probesFor("x").length} parameters = ${results.length} requests`)
  }, 600_000)

  const line = (r: Result) => `${r.what} ${JSON.stringify(r.payload.slice(0, 40))} → ${r.reply.status} ${r.reply.text.slice(0, 160)}`

  it("never answers 5xx", () => {
    expect(results.filter((r) => r.reply.status >= 500).map(line)).toEqual([])
  })

  it("answers 2xx or 4xx with a message, nothing else", () => {
    const odd = results.filter((r) => r.reply.status < 200 || (r.reply.status >= 300 && r.reply.status < 400))
    expect(odd.map(line)).toEqual([])
    const silent4xx = results.filter((r) => r.reply.status >= 400 && r.reply.status < 500 && r.reply.status !== 431 && !/"message"/.test(r.reply.text))
    expect(silent4xx.map(line)).toEqual([])
  })

  it("never signs anyone in or finds an order with an injection string", () => {
    const opened = results.filter((r) => r.method === "POST" && r.reply.status >= 200 && r.reply.status < 300)
    expect(opened.map(line)).toEqual([])
  })

  it("never returns more rows than exist of that kind (no OR 1=1 dump), and filters by exact values return none", () => {
    const dumps = results.filter((r) => {
      const rows = rowsIn(r.reply)
      if (rows === undefined || rows === 0) return false
      // Free-text q may match words in the payload ("or", "select"), and `fields` only picks
      // columns (unknown names are dropped, every product listed); an exact filter must match nothing.
      return !/ (q|fields)$/.test(r.what) && !r.what.startsWith("search ")
    })
    expect(dumps.map(line)).toEqual([])
    const wide = results.filter((r) => {
      const rows = rowsIn(r.reply)
      const whole = r.path.startsWith("/store/search") ? before.search : before.products
      // A query of nothing but NUL or spaces is an empty query, which lists everything by design.
      const blank = r.payload.replace(/[\u0000\s]/g, "") === ""
      return rows !== undefined && / q$/.test(r.what) && !blank && rows >= whole && whole > 0
    })
    expect(wide.map(line)).toEqual([])
  })

  it("leaves every table and row in place", async () => {
    // Other suites add rows meanwhile (the stack is shared); an injection could only remove them.
    const after = await totals()
    for (const [kind, count] of Object.entries(before)) expect(after[kind as keyof typeof after], kind).toBeGreaterThanOrEqual(count ?? 0)
  })
})
