import { randomUUID } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { medusaUrl } from "../support/store-api"
import { adminToken, call, withDb } from "../support/seller-api"

/**
 * Earnings are written straight into the ledger on a day of their own (a random date long
 * before the market existed), so the figures for that day are exactly what this file put
 * there, whatever orders other tests place at the same time.
 */
const year = 1990 + Math.floor(Math.random() * 25)
const day = `${year}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`
const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const tag = randomUUID().slice(0, 8)

/** [household handle, amount, order number, kind, Vietnam time] */
const LEDGER: [string, number, number, "earning" | "payout", string][] = [
  // Trùng Khánh: 3 households, one order shared by two of them.
  ["ho-nong-thi-hoa", 100_000, 1, "earning", `${day}T09:00:00+07:00`],
  ["ho-luc-van-tuan", 200_000, 1, "earning", `${day}T09:00:00+07:00`],
  ["ho-be-van-thang", 300_000, 2, "earning", `${day}T00:00:00+07:00`],
  // Nguyên Bình: 3 households, less income than Trùng Khánh.
  ["ho-trieu-thi-may", 50_000, 3, "earning", `${day}T10:00:00+07:00`],
  ["ho-trieu-thi-may", 10_000, 6, "earning", `${day}T11:00:00+07:00`],
  ["ho-trieu-van-lu", 60_000, 4, "earning", `${day}T12:00:00+07:00`],
  ["ho-ban-van-quy", 70_000, 5, "earning", `${day}T23:59:59+07:00`],
  // Bảo Lạc: 2 households only.
  ["ho-ly-van-pao", 40_000, 7, "earning", `${day}T13:00:00+07:00`],
  ["ho-vang-thi-say", 45_000, 8, "earning", `${day}T14:00:00+07:00`],
  // A payout is money leaving the market, not income: never counted.
  ["ho-nong-thi-hoa", 999_000, 9, "payout", `${day}T15:00:00+07:00`],
  // The next day, in Vietnam time (still the same day in UTC): 2 households.
  ["ho-nong-thi-hoa", 500_000, 10, "earning", `${nextDay}T00:30:00+07:00`],
  ["ho-ly-van-pao", 500_000, 11, "earning", `${nextDay}T01:00:00+07:00`],
]

const STATUS_WORDS = /household_status|poor|near_poor|recently_escaped|nghèo|ngheo/i

let token: string

beforeAll(async () => {
  token = await adminToken()
  await withDb(async (db) => {
    const { rows } = await db.query<{ id: string; handle: string }>("select id, handle from producer where handle = any($1)", [
      [...new Set(LEDGER.map(([handle]) => handle))],
    ])
    const idOf = new Map(rows.map((row) => [row.handle, row.id]))
    for (const [i, [handle, amount, order, kind, at]] of LEDGER.entries()) {
      await db.query(
        "insert into payout_entry (id, producer_id, kind, amount, order_display_id, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $6)",
        [`pout_test_${tag}_${i}`, idOf.get(handle), kind, amount, 900_000_000 + order, at]
      )
    }
  })
})

afterAll(async () => {
  await withDb((db) => db.query("delete from payout_entry where id like $1", [`pout_test_${tag}_%`]))
})

type Row = { key: string; label: string; suppressed: boolean; households?: number; income?: number; orders?: number }
type Report = { period: { from: string | null; to: string | null }; total: Row; by_area: Row[]; by_category: Row[]; message?: string }

function shape(rows: Row[]) {
  return rows.map((r) => (r.suppressed ? [r.key, "hidden", Object.keys(r).length] : [r.key, r.households, r.income, r.orders]))
}

describe("GET /admin/impact", () => {
  it("sums the earnings of the period per area, hiding Bảo Lạc and the next smallest area", async () => {
    const reply = await call<Report>("GET", `/admin/impact?from=${day}&to=${day}`, { token })
    expect(reply.status).toBe(200)
    expect(reply.body.period).toEqual({ from: day, to: day })
    expect(reply.body.total).toEqual({ key: "total", label: "Tổng", suppressed: false, households: 8, income: 875_000, orders: 8 })
    expect(shape(reply.body.by_area)).toEqual([
      ["bao-lac", "hidden", 3],
      ["nguyen-binh", "hidden", 3],
      ["trung-khanh", 3, 600_000, 2],
    ])
  })

  it("sums per household category, hiding the two categories of two households each", async () => {
    const reply = await call<Report>("GET", `/admin/impact?from=${day}&to=${day}`, { token })
    expect(shape(reply.body.by_category)).toEqual([
      ["poor", 4, 355_000, 4],
      ["near_poor", "hidden", 3],
      ["recently_escaped", "hidden", 3],
      ["other", 0, 0, 0],
    ])
    expect(reply.body.by_category.map((r) => r.label)).toEqual(["Hộ nghèo", "Hộ cận nghèo", "Hộ mới thoát nghèo", "Hộ khác"])
  })

  it("hides every figure of a period in which fewer than 3 households earned", async () => {
    const reply = await call<Report>("GET", `/admin/impact?from=${nextDay}&to=${nextDay}`, { token })
    expect(reply.status).toBe(200)
    expect(reply.body.total).toEqual({ key: "total", label: "Tổng", suppressed: true })
    expect(reply.body.by_area.every((r) => r.suppressed && r.income === undefined)).toBe(true)
    expect(JSON.stringify(reply.body)).not.toContain("500000")
  })

  it("counts both days when the period spans them", async () => {
    const reply = await call<Report>("GET", `/admin/impact?from=${day}&to=${nextDay}`, { token })
    expect(reply.body.total).toMatchObject({ households: 8, income: 1_875_000, orders: 10 })
  })

  it.each([
    ["a day that does not exist", `from=${year}-02-30`, /năm-tháng-ngày/],
    ["a start after the end", `from=${nextDay}&to=${day}`, /trước ngày kết thúc/],
    ["an unknown parameter", `from=${day}&status=poor`, /Không được gửi: status/],
  ])("answers 400 in Vietnamese to %s", async (_name, query, message) => {
    const reply = await call<Report>("GET", `/admin/impact?${query}`, { token })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(message)
  })

  it.each(["/admin/impact", "/admin/impact/csv"])("%s answers 401 without an operator session", async (route) => {
    expect((await call("GET", route)).status).toBe(401)
  })
})

describe("GET /admin/impact/csv", () => {
  it("sends the same report as a CSV file Excel reads as UTF-8", async () => {
    const response = await fetch(`${medusaUrl}/admin/impact/csv?from=${day}&to=${day}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/)
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="bao-cao-tac-dong_${day}_${day}.csv"`)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString("utf8").split("\r\n")
    expect(lines.slice(0, 5)).toEqual([
      "Bảng,Nhóm,Số hộ,Thu nhập (đồng),Số đơn",
      "Tổng,Tổng,8,875000,8",
      "Khu vực,Bảo Lạc,Dưới 3 hộ,,",
      "Khu vực,Nguyên Bình,Dưới 3 hộ,,",
      "Khu vực,Trùng Khánh,3,600000,2",
    ])
    expect(lines).toContain("Loại hộ,Hộ nghèo,4,355000,4")
    expect(lines).toContain("Loại hộ,Hộ cận nghèo,Dưới 3 hộ,,")
  })
})

describe("public impact figures", () => {
  it("GET /store/impact gives totals and areas, small areas hidden, and names no household status", async () => {
    const reply = await call<{ impact: { total: Row; by_area: Row[] } }>("GET", "/store/impact")
    expect(reply.status).toBe(200)
    expect(Object.keys(reply.body.impact).sort()).toEqual(["by_area", "total"])
    expect(reply.body.impact.total.suppressed).toBe(false)
    // All time: at least this file's 9 households' worth of earnings.
    expect(reply.body.impact.total.income).toBeGreaterThanOrEqual(1_875_000)
    for (const row of reply.body.impact.by_area) {
      if (row.suppressed) expect(Object.keys(row).sort()).toEqual(["key", "label", "suppressed"])
      else expect(row.households).toBeGreaterThanOrEqual(3)
    }
    expect(JSON.stringify(reply.body)).not.toMatch(STATUS_WORDS)
  })

  it.each(["tac-dong/index.html", "en/impact/index.html"])("the built page %s shows figures and no household status", (page) => {
    const file = path.join(process.env.STOREFRONT_OUT_DIR ?? path.join(process.env.CHO_PHIEN_DATA_DIR ?? ".data", "storefront"), page)
    expect(existsSync(file), `no page at ${file}`).toBe(true)
    const html = readFileSync(file, "utf8")
    expect(html).toMatch(/<h1[^>]*>(Tác động của chợ|Our impact)<\/h1>/)
    expect(html).not.toMatch(STATUS_WORDS)
  })
})
