import { DEMO_PASSWORD, SEEDED, adminToken } from "../support/seller-api"
import { loopback, pooled, rawCall, type RawReply } from "../support/security-http"
import { attemptsFor, type Attempt, type SweepContext } from "../support/security-roles"
import { allRoutes, fillTemplate } from "../support/security-routes"
import { tourismStaffToken } from "../support/tourism-staff"

/**
 * Roles × routes: every route the server registers (Medusa's and ours, read from the route
 * files) is called by each role with no business there, and none may answer 2xx. Requests
 * carry empty bodies and ids that exist nowhere (or carts and a household the sweep made),
 * so nothing seeded is changed even if a guard were missing.
 */
type Outcome = Attempt & { status: number; text: string }

const from = loopback()

function json<T>(reply: RawReply, what: string): T {
  if (reply.status >= 300) throw new Error(`${what} answered ${reply.status}: ${reply.text.slice(0, 300)}`)
  return JSON.parse(reply.text) as T
}

async function customerToken(): Promise<string> {
  const email = `quet-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@example.com`
  const password = "mat-khau-khach-1"
  const registration = json<{ token: string }>(
    await rawCall("POST", "/auth/customer/emailpass/register", { body: { email, password }, from }),
    "Customer registration"
  )
  json(await rawCall("POST", "/store/customers", { token: registration.token, body: { email, first_name: "Khách" }, from }), "Customer creation")
  return json<{ token: string }>(await rawCall("POST", "/auth/customer/emailpass", { body: { email, password }, from }), "Customer sign-in").token
}

async function sellerOfNewHousehold(): Promise<{ token: string; household: string }> {
  const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`
  const body = { phone, password: "mat-khau-quet-1", name: "Hộ Quét Thử", household_name: "Hộ Quét Thử", area_name: "Trùng Khánh" }
  const reply = json<{ token: string; household: { handle: string } }>(
    await rawCall("POST", "/seller/auth/register", { body, from }),
    "Seller registration"
  )
  return { token: reply.token, household: reply.household.handle }
}

async function newCart(): Promise<{ id: string; token: string }> {
  const reply = json<{ cart: { id: string }; cart_token: string }>(
    await rawCall("POST", "/store/checkout/carts", { body: {}, from }),
    "Cart creation"
  )
  return { id: reply.cart.id, token: reply.cart_token }
}

async function helperToken(): Promise<string> {
  const body = { phone: SEEDED.helperDamThuy.phone, password: DEMO_PASSWORD }
  return json<{ token: string }>(await rawCall("POST", "/seller/auth/sign-in", { body, from: loopback() }), "Helper sign-in").token
}

/** Medusa's session cookie for a bearer token (POST /auth/session accepts any actor's token). */
async function sessionCookie(token: string): Promise<string> {
  const reply = await rawCall("POST", "/auth/session", { token, from })
  const setCookie = [reply.headers["set-cookie"] ?? []].flat()[0]
  if (reply.status !== 200 || !setCookie) throw new Error(`POST /auth/session answered ${reply.status} without a cookie`)
  return setCookie.split(";")[0]
}

function send(attempt: Attempt): Promise<RawReply> {
  return rawCall(attempt.method, attempt.path, {
    token: attempt.token,
    key: attempt.key,
    headers: attempt.headers,
    body: attempt.method === "POST" ? {} : undefined,
    from,
  })
}

const describeLine = (o: Outcome) => `${o.role}: ${o.method} ${o.path} → ${o.status} ${o.text.slice(0, 160)}`

describe("roles × routes sweep", () => {
  const routes = allRoutes()
  let ctx: SweepContext
  let outcomes: Outcome[] = []

  beforeAll(async () => {
    const [customer, seller, helper, staff, cartX, cartY] = await Promise.all([
      customerToken(),
      sellerOfNewHousehold(),
      helperToken(),
      tourismStaffToken(),
      newCart(),
      newCart(),
    ])
    const [customerCookie, sellerCookie, staffCookie] = await Promise.all([customer, seller.token, staff].map(sessionCookie))
    ctx = {
      tokens: { customer, seller: seller.token, helper, staff },
      cookies: { customer: customerCookie, seller: sellerCookie, staff: staffCookie },
      households: { own: seller.household, foreign: SEEDED.ownerB.household, helped: SEEDED.helperDamThuy.households[0] },
      carts: { targetId: cartY.id, targetToken: cartY.token, otherToken: cartX.token },
    }
    const attempts = routes.flatMap((route) => attemptsFor(route, ctx))
    const started = performance.now()
    outcomes = await pooled(attempts, 8, async (attempt) => {
      const reply = await send(attempt)
      return { ...attempt, status: reply.status, text: reply.text }
    })
    const perRole = new Map<string, number>()
    for (const o of outcomes) perRole.set(o.role, (perRole.get(o.role) ?? 0) + 1)
    console.info(
      `Role sweep: ${routes.length} routes (${routes.filter((r) => r.source === "ours").length} ours), ` +
        `${outcomes.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; per role: ${[...perRole].map(([role, n]) => `${role} ${n}`).join(", ")}`
    )
    // Some 2,500 requests: about a minute and a half on a quiet 2-core machine, longer under load.
  }, 600_000)

  it("reaches every area of the API (the route list is not empty or one-sided)", () => {
    const areas = new Set(routes.map((r) => r.template.split("/")[1]))
    expect([...areas]).toEqual(expect.arrayContaining(["admin", "store", "seller", "auth"]))
    expect(routes.filter((r) => r.source === "ours").length).toBeGreaterThan(40)
    expect(routes.length).toBeGreaterThan(400)
  })

  it("answers no 2xx to a role on a route that is not its business", () => {
    const leaks = outcomes.filter((o) => !o.allowed && o.status >= 200 && o.status < 300)
    expect(leaks.map(describeLine)).toEqual([])
  })

  it("answers no 5xx to any role", () => {
    const crashes = outcomes.filter((o) => o.status >= 500)
    expect(crashes.map(describeLine)).toEqual([])
  })

  it("refuses every store route without the publishable key", () => {
    const noKey = outcomes.filter((o) => o.role === "no publishable key")
    expect(noKey.length).toBe(routes.filter((r) => r.template.startsWith("/store")).length)
    expect(noKey.filter((o) => o.status < 400 || o.status >= 500).map(describeLine)).toEqual([])
  })

  // Controls: the tokens work, so the refusals above are the guards, not bad tokens.
  it("lets each role in where it belongs", async () => {
    const allowedOk = (role: string, method: string, path: string) =>
      outcomes.find((o) => o.role === role && o.method === method && o.path === path)?.status
    expect(allowedOk("seller", "GET", "/seller/me")).toBe(200)
    expect(allowedOk("seller", "GET", `/seller/households/${ctx.households.own}/products`)).toBe(200)
    expect(allowedOk("helper", "GET", `/seller/households/${ctx.households.helped}/products`)).toBe(200)
    expect(allowedOk("tourism staff", "GET", "/admin/destinations")).toBe(200)
    expect(allowedOk("tourism staff", "GET", "/admin/users/me")).toBe(200)
    expect(allowedOk("tourism staff (session cookie)", "GET", "/admin/destinations")).toBe(200)
    expect(allowedOk("buyer (session cookie)", "GET", "/store/customers/me")).toBe(200)
    expect(allowedOk("buyer (customer)", "GET", "/store/customers/me")).toBe(200)
    expect(allowedOk("no token", "GET", "/store/products")).toBe(200)
    const cartOwner = await rawCall("GET", `/store/carts/${ctx.carts.targetId}`, { headers: { "x-cart-token": ctx.carts.targetToken }, from })
    expect(cartOwner.status).toBe(200)
  })

  it("lets the operator into every admin list route this project adds, and Medusa's main ones", async () => {
    const operator = await adminToken()
    const lists = [
      ...routes.filter((r) => r.source === "ours" && r.method === "GET" && r.template.startsWith("/admin") && !r.template.includes(":")).map((r) => r.template),
      "/admin/products",
      "/admin/orders",
      "/admin/customers",
      "/admin/users/me",
    ]
    const replies = await pooled(lists, 4, (path) => rawCall("GET", path, { token: operator, from }))
    // Let in: neither refused (401/403) nor broken; a list that needs a filter may answer 400.
    const refused = lists.flatMap((path, i) => ([401, 403].includes(replies[i].status) || replies[i].status >= 500 ? [`${path} → ${replies[i].status}`] : []))
    expect(refused).toEqual([])
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(lists.length - 2)
  })
})
