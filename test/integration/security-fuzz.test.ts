import fc from "fast-check"
import { loopback, pooled, rawCall } from "../support/security-http"
import { brokenJson, jsonBody, pathSegment, queryString } from "../support/security-fuzz-inputs"

/**
 * Property-based requests against the live store and seller routes: random query strings,
 * JSON bodies (with each route's own keys, stray keys, operators, nesting), path segments and
 * bodies that are not JSON at all. The property: no answer is a 5xx. Inputs come from a fixed
 * seed printed below, so a failure can be replayed; seller writes go to a household the run
 * registers itself, and carts are the run's own and stay empty (no purchase is possible).
 */
/** Runs per route; routes that do heavy work per request (a product query, a cart workflow) take fewer. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
const SEED = Number(process.env.FUZZ_SEED ?? 20261128)

type Target = { name: string; requests: (ctx: Ctx) => fc.Arbitrary<Req>; weight?: number }
type Req = { method: "GET" | "POST" | "DELETE"; path: string; body?: unknown; token?: string; headers?: Record<string, string> }
type Ctx = { seller: string; household: string; productId: string; cart: { id: string; token: string } }

const get = (path: string) => (query: string): Req => ({ method: "GET", path: query ? `${path}?${query}` : path })

const TARGETS: Target[] = [
  { name: "GET /store/search", requests: () => queryString(["q", "type", "category", "area", "price_min", "price_max", "in_stock", "ocop_min", "sort", "limit", "offset"]).map(get("/store/search")) },
  { name: "GET /store/products", requests: () => queryString(["q", "handle", "id", "category_id", "tag_id", "fields", "order", "limit", "offset", "title", "created_at", "region_id", "variants"]).map(get("/store/products")), weight: 0.5 },
  { name: "GET /store/producers", requests: () => queryString(["limit", "offset", "area", "fields"]).map(get("/store/producers")) },
  { name: "GET /store/destinations", requests: () => queryString(["limit", "offset", "area", "fields"]).map(get("/store/destinations")) },
  {
    name: "GET /store/{destinations,producers,experiences}/:x",
    requests: () =>
      fc.tuple(fc.constantFrom("destinations", "producers", "experiences"), pathSegment, queryString(["from", "days", "fields"])).map(([kind, segment, query]) =>
        get(`/store/${kind}/${segment}${kind === "experiences" ? "/availability" : ""}`)(query)
      ),
  },
  { name: "GET /store/experiences/:handle/availability", requests: () => queryString(["from", "days"]).map(get("/store/experiences/homestay-khuoi-khon/availability")), weight: 0.5 },
  { name: "POST /store/order-lookup", requests: () => jsonBody(["number", "phone"]).map((body) => ({ method: "POST", path: "/store/order-lookup", body })) },
  { name: "POST /store/bookings/cancel", requests: () => jsonBody(["number", "phone"]).map((body) => ({ method: "POST", path: "/store/bookings/cancel", body })) },
  { name: "POST /store/checkout/carts", requests: () => jsonBody([]).map((body) => ({ method: "POST", path: "/store/checkout/carts", body })), weight: 0.3 },
  {
    name: "POST /store/checkout/carts/:id/{address,complete} and line items",
    requests: (ctx) =>
      fc.tuple(fc.constantFrom("checkout/carts/ID/address", "checkout/carts/ID/complete", "carts/ID/line-items", "carts/ID"), jsonBody(["name", "phone", "province_code", "ward", "street", "method", "variant_id", "quantity", "metadata", "email"])).map(([route, body]) => ({
        method: "POST",
        path: `/store/${route.replace("ID", ctx.cart.id)}`,
        body,
        headers: { "x-cart-token": ctx.cart.token },
      })),
  },
  { name: "GET /store/checkout/carts/:id/parcels", requests: (ctx) => queryString(["province_code"]).map((query) => ({ ...get(`/store/checkout/carts/${ctx.cart.id}/parcels`)(query), headers: { "x-cart-token": ctx.cart.token } })) },
  { name: "POST /seller/auth/sign-in", requests: () => jsonBody(["phone", "password"]).map((body) => ({ method: "POST", path: "/seller/auth/sign-in", body })) },
  {
    name: "POST /seller/auth/register",
    // The password is always too short, so a random body never creates a household.
    requests: () => jsonBody(["phone", "name", "household_name", "area_name"]).map((body) => ({ method: "POST", path: "/seller/auth/register", body: isObject(body) ? { ...body, password: "x" } : body })),
  },
  {
    name: "POST /seller/households/:own/products",
    requests: (ctx) =>
      jsonBody(["title_vi", "title_en", "description_vi", "description_en", "category", "variants"], {
        variants: fc.array(fc.dictionary(fc.constantFrom("label", "price_vnd", "weight_g", "stock", "id"), fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.double())), { maxLength: 11 }),
      }).map((body) => ({ method: "POST", path: `/seller/households/${ctx.household}/products`, body, token: ctx.seller })),
  },
  {
    name: "POST /seller/households/:own/products/:id",
    requests: (ctx) =>
      jsonBody(["title_vi", "title_en", "description_vi", "category", "variants"], {
        variants: fc.array(fc.dictionary(fc.constantFrom("id", "label", "price_vnd", "stock"), fc.oneof(fc.constant("variant_"), fc.integer(), fc.string({ maxLength: 8 }))), { maxLength: 3 }),
      }).map((body) => ({ method: "POST", path: `/seller/households/${ctx.household}/products/${ctx.productId}`, body, token: ctx.seller })),
  },
  { name: "GET /seller/households/:own/products", requests: (ctx) => queryString(["limit", "offset"]).map((query) => ({ ...get(`/seller/households/${ctx.household}/products`)(query), token: ctx.seller })) },
  {
    name: "seller routes with random path segments",
    requests: (ctx) =>
      fc.tuple(fc.constantFrom("GET", "POST", "DELETE"), fc.constantFrom("products/X", "products/X/publish", "orders/X/status", "products/X/unpublish"), pathSegment, jsonBody(["action", "carrier", "tracking_code", "cash_collected"])).map(
        ([method, route, segment, body]) => ({ method, path: `/seller/households/${ctx.household}/${route.replace("X", segment)}`, token: ctx.seller, body: method === "POST" ? body : undefined }) as Req
      ),
  },
  {
    name: "bodies that are not JSON",
    requests: (ctx) =>
      fc.tuple(fc.constantFrom("/store/order-lookup", "/store/checkout/carts", "/seller/auth/sign-in", `/seller/households/${ctx.household}/products`), brokenJson).map(([path, body]) => ({ method: "POST", path, body, token: ctx.seller })),
  },
]

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

async function setUp(): Promise<Ctx> {
  const from = loopback()
  const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`
  const registered = await rawCall("POST", "/seller/auth/register", {
    body: { phone, password: "mat-khau-fuzz-1", name: "Hộ Thử Ngẫu Nhiên", household_name: "Hộ Thử Ngẫu Nhiên", area_name: "Hà Quảng" },
    from,
  })
  expect(registered.status, registered.text).toBe(201)
  const { token, household } = JSON.parse(registered.text) as { token: string; household: { handle: string } }
  const product = await rawCall("POST", `/seller/households/${household.handle}/products`, {
    token,
    body: { title_vi: "Sản phẩm thử ngẫu nhiên", category: "nong-san", variants: [{ label: "Gói", price_vnd: 10_000, weight_g: 100, stock: 1 }] },
    from,
  })
  expect(product.status, product.text).toBe(201)
  const cart = await rawCall("POST", "/store/checkout/carts", { body: {}, from })
  expect(cart.status, cart.text).toBe(201)
  const cartBody = JSON.parse(cart.text) as { cart: { id: string }; cart_token: string }
  return {
    seller: token,
    household: household.handle,
    productId: (JSON.parse(product.text) as { product: { id: string } }).product.id,
    cart: { id: cartBody.cart.id, token: cartBody.cart_token },
  }
}

describe("fuzzing the live store and seller routes", () => {
  let ctx: Ctx

  beforeAll(async () => {
    ctx = await setUp()
    console.info(`Fuzz: ${TARGETS.length} targets × ${RUNS} runs, seed ${SEED} (FUZZ_SEED / FUZZ_RUNS to replay)`)
  })

  for (const [index, target] of TARGETS.entries()) {
    const runs = Math.ceil(RUNS * (target.weight ?? 1))
    it(`${target.name}: ${runs} random requests, no 5xx`, async () => {
      const requests = fc.sample(target.requests(ctx), { numRuns: runs, seed: SEED + index })
      const replies = await pooled(requests, 6, (req) =>
        rawCall(req.method, req.path, { body: req.body, token: req.token, headers: req.headers, from: loopback() })
      )
      const crashes = replies.flatMap((reply, i) =>
        reply.status >= 500 ? [`${requests[i].method} ${requests[i].path.slice(0, 200)} ${JSON.stringify(requests[i].body)?.slice(0, 200)} → ${reply.status} ${reply.text.slice(0, 200)}`] : []
      )
      expect(crashes).toEqual([])
      // The inputs got past sign-in and rate limits to the route's own checks.
      expect(replies.filter((r) => r.status !== 401 && r.status !== 429).length).toBeGreaterThan(runs / 2)
    }, 300_000)
  }
})
