import { adminToken, call, registerSeller, signIn, SEEDED } from "../support/seller-api"

type Listed = { id: string; handle: string; name: string; verification_status: string; helper_team_name: string | null }
type ListReply = { producers: Listed[]; count: number; limit: number; offset: number; message?: string }

let admin: string

beforeAll(async () => {
  admin = await adminToken()
})

async function list(query: string, token = admin) {
  return call<ListReply>("GET", `/admin/producers${query}`, { token })
}

describe("GET /admin/producers", () => {
  it("lists households with public fields and never their household_status", async () => {
    const reply = await list("?limit=100")
    expect(reply.status).toBe(200)
    expect(reply.body.producers.length).toBeGreaterThan(0)
    for (const producer of reply.body.producers) {
      expect(producer).not.toHaveProperty("household_status")
      expect(producer).not.toHaveProperty("phone")
    }
    const hoa = reply.body.producers.find((p) => p.handle === SEEDED.ownerA.household)
    expect(hoa?.verification_status).toBe("verified")
    expect(hoa?.helper_team_name).toEqual(expect.any(String))
  })

  it("filters pending households only", async () => {
    await registerSeller()
    const reply = await list("?verification_status=pending&limit=100")
    expect(reply.status).toBe(200)
    expect(reply.body.producers.length).toBeGreaterThan(0)
    expect(new Set(reply.body.producers.map((p) => p.verification_status))).toEqual(new Set(["pending"]))
  })

  it("shows a registered household as pending, and as verified once the operator verifies it", async () => {
    const seller = await registerSeller()
    const found = await list(`?q=${encodeURIComponent(seller.household.handle)}`)
    expect(found.body.producers.map((p) => [p.handle, p.verification_status])).toEqual([
      [seller.household.handle, "pending"],
    ])
    const id = found.body.producers[0].id
    const verified = await call("POST", `/admin/producers/${id}/verify`, { token: admin, body: {} })
    expect(verified.status).toBe(200)
    const after = await list(`?q=${encodeURIComponent(seller.household.handle)}&verification_status=verified`)
    expect(after.body.producers.map((p) => p.id)).toEqual([id])
  })

  it("treats % and _ in q as plain characters", async () => {
    const reply = await list("?q=%25")
    expect(reply.status).toBe(200)
    expect(reply.body.producers).toEqual([])
  })

  it.each([
    ["an unknown status", "?verification_status=deleted"],
    ["a limit above the bound", "?limit=101"],
    ["a negative offset", "?offset=-1"],
    ["an unknown parameter", "?household_status=poor"],
  ])("answers 400 to %s", async (_label, query) => {
    expect((await list(query)).status).toBe(400)
  })
})

describe("admin producer routes refuse anyone but an operator", () => {
  it.each([
    ["GET", "/admin/producers"],
    ["POST", "/admin/producers/pdcr_any/verify"],
    ["GET", "/admin/producers/pdcr_any/audit-log"],
  ])("%s %s answers 401 to a seller token and to no token", async (method, route) => {
    const seller = await signIn(SEEDED.ownerA.phone)
    const body = method === "POST" ? {} : undefined
    expect((await call(method, route, { token: seller, body })).status).toBe(401)
    expect((await call(method, route, { body })).status).toBe(401)
  })
})
