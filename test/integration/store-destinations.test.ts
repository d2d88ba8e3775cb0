import { readdirSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { storeGet } from "../support/store-api"

type Destination = { slug: string; title: string; body: string; product_handles?: string[] }

const contentSlugs = readdirSync(path.resolve(import.meta.dirname, "../../content/destinations"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.replace(/\.md$/, ""))
  .sort()

describe("GET /store/destinations", () => {
  it("lists every destination page shipped in content/, published", async () => {
    const { status, body } = await storeGet<{ destinations: Destination[]; count: number }>(
      "/store/destinations?limit=100"
    )
    expect(status).toBe(200)
    expect(body.destinations.map((d) => d.slug).sort()).toEqual(contentSlugs)
  })

  it("returns a page with its Markdown body and the products of its area", async () => {
    const { body } = await storeGet<{ destination: Destination }>("/store/destinations/ban-gioc-khuoi-ky")
    expect(body.destination.title).toBe("Thác Bản Giốc và làng đá Khuổi Ky")
    expect(body.destination.body).toMatch(/^## /)
    expect(body.destination.product_handles).toContain("hat-de-trung-khanh")
  })

  it("answers an unknown page with 404 in Vietnamese", async () => {
    const { status, body } = await storeGet<{ message: string }>("/store/destinations/khong-co")
    expect(status).toBe(404)
    expect(body.message).toBe('Không tìm thấy điểm đến "khong-co"')
  })
})

describe("a draft destination", () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  const slug = "ban-nhap-chua-dang"

  beforeAll(async () => {
    await client.connect()
    await client.query(
      `insert into destination (id, slug, title, title_en, summary, summary_en, body, area, latitude, longitude, status)
       values ('dest_test_draft', $1, 'Bản nháp', 'Draft', 'Tóm tắt', 'Summary', 'Nội dung', 'ha-quang', 22.9, 106.0, 'draft')`,
      [slug]
    )
  })

  afterAll(async () => {
    await client.query("delete from destination where id = 'dest_test_draft'")
    await client.end()
  })

  it("is neither listed nor readable by visitors", async () => {
    const list = await storeGet<{ destinations: Destination[] }>("/store/destinations?limit=100")
    expect(list.body.destinations.map((d) => d.slug)).not.toContain(slug)
    const one = await storeGet(`/store/destinations/${slug}`)
    expect(one.status).toBe(404)
  })
})
