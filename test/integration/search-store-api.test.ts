import { readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { describe, expect, it } from "vitest"
import { SEARCH_APPLICATION_NAME } from "@/modules/search-vietnamese/prepared-reader"
import { storeGet } from "../support/store-api"

type Hit = Record<string, unknown> & { type: string; handle: string; title: string; highlights: Record<string, string[]> }
type SearchBody = { hits: Hit[]; facets: Record<string, unknown>; total: number; message?: string }

const producers = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../content/catalog/producers.json"), "utf8")
) as { producers: { name: string; phone: string | null; household_status: string; public_profile_consent: boolean; story: { vi: string } }[] }

/** The route rate-limits per client; a test client waits its turn as a browser would. */
async function search(query: string) {
  for (;;) {
    const response = await storeGet<SearchBody>(`/store/search?${query}`)
    if (response.status !== 429) {
      return response
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe("GET /store/search", () => {
  it("answers { hits, facets, total } with typed hits, catalog handles and highlights", async () => {
    const { status, body } = await search(`q=${encodeURIComponent("mien dong")}`)
    expect(status).toBe(200)
    expect(body.total).toBeGreaterThanOrEqual(2)
    expect(body.hits[0]).toMatchObject({ type: "product", handle: "mien-dong-phja-den", title: "Miến dong Phja Đén" })
    expect(body.hits[0].highlights.title).toEqual(["<mark>Miến</mark> <mark>dong</mark> Phja Đén"])
    expect(Object.keys(body.facets).sort()).toEqual(["area", "category", "in_stock", "ocop_stars", "price", "type"])
  })

  it("reads through the search pool of prepared statements inside Medusa", async () => {
    await search(`q=${encodeURIComponent("hat de")}`)
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      // Medusa's manager hides its connection behind knex: this proves the provider found it.
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [
        SEARCH_APPLICATION_NAME,
      ])
      expect(rows[0].n).toBeGreaterThan(0)
    } finally {
      await client.end()
    }
  })

  it("filters by category and price and sorts by price", async () => {
    const { body } = await search("category=nong-san&price_max=200000&sort=price_asc&limit=50")
    expect(body.hits.length).toBeGreaterThan(0)
    const prices = body.hits.map((hit) => hit.price as number)
    expect(prices.every((price) => price <= 200_000)).toBe(true)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    expect(body.hits.every((hit) => hit.category === "nong-san")).toBe(true)
  })

  it("pages without overlap", async () => {
    const first = await search("type=product&limit=10&offset=0&sort=newest")
    const second = await search("type=product&limit=10&offset=10&sort=newest")
    const handles = [...first.body.hits, ...second.body.hits].map((hit) => hit.handle)
    expect(new Set(handles).size).toBe(20)
    // Other suites publish products of their own; the catalog's 25 are a floor, not the total.
    expect(first.body.total).toBeGreaterThanOrEqual(25)
  })

  it.each([
    ["limit=500", "số kết quả mỗi trang từ 1 đến 50"],
    ["sort=cheapest", "cách sắp xếp không hợp lệ"],
    ["price_min=500000&price_max=1000", "giá thấp nhất phải nhỏ hơn hoặc bằng giá cao nhất"],
    ["fields=*producer", "tham số không được hỗ trợ: fields"],
    ["ocop_min=9", "số sao OCOP từ 1 đến 5"],
    [`q=${"a".repeat(201)}`, "từ khóa tìm kiếm quá dài (tối đa 200 ký tự)"],
  ])("rejects %s with a Vietnamese message", async (query, message) => {
    const { status, body } = await search(query)
    expect(status).toBe(400)
    expect(body.message).toContain(message)
  })

  it("never returns a household's status, phone, or the story it did not agree to publish", async () => {
    for (const producer of producers.producers) {
      const { body, text } = await search(`type=producer&q=${encodeURIComponent(producer.name)}`)
      expect(body.hits.length).toBeGreaterThan(0)
      expect(text).not.toMatch(/household_status|near_poor|recently_escaped|"phone"/)
      if (producer.phone) {
        expect(text).not.toContain(producer.phone)
      }
      if (!producer.public_profile_consent) {
        expect(text).not.toContain(producer.story.vi.slice(0, 40))
      }
    }
  })
})
