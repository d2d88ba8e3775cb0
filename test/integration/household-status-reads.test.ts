import { adminToken, call, signIn, SEEDED, withDb } from "../support/seller-api"
import { tourismStaffToken } from "../support/tourism-staff"

type StatusRead = { user_id: string; user_email: string | null; purpose: string; producer_handle: string | null; reason: string }

async function producerId(handle: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>("select id from producer where handle = $1", [handle])
    return rows[0]!.id
  })
}

async function readsOf(id: string, token: string): Promise<StatusRead[]> {
  const reply = await call<{ status_reads: StatusRead[] }>("GET", `/admin/status-reads?producer_id=${id}&limit=200`, { token })
  expect(reply.status).toBe(200)
  return reply.body.status_reads
}

describe("POST /admin/producers/:id/status-read", () => {
  let operator: string
  let hoa: string

  beforeAll(async () => {
    operator = await adminToken()
    hoa = await producerId(SEEDED.ownerA.household)
  })

  it("gives the operator the household's status and records who read it and why", async () => {
    const before = await readsOf(hoa, operator)
    const reason = `Xét hỗ trợ phí vận chuyển ${Date.now()}`
    const reply = await call<{ household_status: string; producer: { handle: string } }>("POST", `/admin/producers/${hoa}/status-read`, {
      token: operator,
      body: { reason },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.producer.handle).toBe(SEEDED.ownerA.household)
    expect(typeof reply.body.household_status).toBe("string")
    const after = await readsOf(hoa, operator)
    expect(after).toHaveLength(before.length + 1)
    expect(after[0]).toMatchObject({ purpose: "household", producer_handle: SEEDED.ownerA.household, reason })
    expect(after[0]?.user_email).toMatch(/@/)
  })

  it("refuses a read without a reason, in Vietnamese, and records nothing", async () => {
    const before = await readsOf(hoa, operator)
    const reply = await call<{ message: string }>("POST", `/admin/producers/${hoa}/status-read`, { token: operator, body: {} })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toContain("lý do")
    expect(await readsOf(hoa, operator)).toHaveLength(before.length)
  })

  it("answers 404 for a household that does not exist, and records nothing", async () => {
    const reply = await call("POST", "/admin/producers/prod_khong_co/status-read", { token: operator, body: { reason: "Kiểm tra hồ sơ" } })
    expect(reply.status).toBe(404)
    expect(await readsOf("prod_khong_co", operator)).toEqual([])
  })

  it.each([
    ["nobody", async () => undefined],
    ["a seller", async () => signIn(SEEDED.ownerA.phone)],
    ["tourism staff", async () => tourismStaffToken()],
  ])("is closed to %s, as is the log", async (_who, token) => {
    const t = await token()
    const read = await call<{ household_status?: string }>("POST", `/admin/producers/${hoa}/status-read`, { token: t, body: { reason: "Tò mò muốn xem" } })
    expect(read.status).toBeGreaterThanOrEqual(401)
    expect(read.status).toBeLessThan(500)
    expect(read.body.household_status).toBeUndefined()
    const log = await call("GET", "/admin/status-reads", { token: t })
    expect([401, 403]).toContain(log.status)
  })
})

describe("the impact report's reads of every household's status", () => {
  it("are recorded for the operator who opened the report, with its period", async () => {
    const operator = await adminToken()
    const report = await call("GET", "/admin/impact?from=2026-01-01&to=2026-01-31", { token: operator })
    expect(report.status).toBe(200)
    const log = await call<{ status_reads: StatusRead[] }>("GET", "/admin/status-reads?limit=20", { token: operator })
    const entry = log.body.status_reads.find((read) => read.purpose === "impact_report" && read.reason.includes("2026-01-01"))
    expect(entry?.reason).toContain("đến 2026-01-31")
  })
})
