import { readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { regionId, storeGet } from "../support/store-api"

type Variant = { title: string; calculated_price: { calculated_amount: number; currency_code: string } }
type Product = { handle: string; title: string; variants: Variant[] }

const catalog = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../content/catalog/products.json"), "utf8")
) as { products: { handle: string; title: { vi: string }; variants: { price_vnd: number }[] }[] }

describe("the seed catalog", () => {
  let products: Product[] = []

  beforeAll(async () => {
    const region = await regionId()
    const { status, body } = await storeGet<{ products: Product[]; count: number }>(
      `/store/products?limit=100&region_id=${region}&fields=handle,title,*variants.calculated_price`
    )
    expect(status).toBe(200)
    products = body.products
  })

  it("publishes the 25 products of the catalog", () => {
    const published = new Set(products.map((p) => p.handle))
    expect(catalog.products.filter((p) => !published.has(p.handle)).map((p) => p.handle)).toEqual([])
    expect(catalog.products).toHaveLength(25)
  })

  it("prices every variant as a whole number of đồng, as the catalog says", () => {
    for (const source of catalog.products) {
      const product = products.find((p) => p.handle === source.handle) as Product
      const amounts = product.variants.map((v) => v.calculated_price.calculated_amount).sort()
      expect(amounts).toEqual(source.variants.map((v) => v.price_vnd).sort())
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
        expect(variant.calculated_price.currency_code).toBe("vnd")
      }
    }
  })

  it("keeps Vietnamese titles NFC-normalised", () => {
    for (const product of products) {
      expect(product.title).toBe(product.title.normalize("NFC"))
    }
    expect(products.find((p) => p.handle === "hat-de-trung-khanh")?.title).toBe("Hạt dẻ Trùng Khánh")
  })

  it("serves English titles through the translation module", async () => {
    const { body } = await storeGet<{ products: Product[] }>(
      "/store/products?handle=hat-de-trung-khanh&fields=title&locale=en-US"
    )
    expect(body.products[0].title).toBe("Trùng Khánh chestnuts")
  })
})

describe("the seed in the database", () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  beforeAll(() => client.connect())
  afterAll(() => client.end())

  it("stores every price in VND with no fractional part", async () => {
    const { rows } = await client.query<{ bad: string }>(
      "select count(*) as bad from price where deleted_at is null and (currency_code <> 'vnd' or amount <> trunc(amount))"
    )
    expect(Number(rows[0].bad)).toBe(0)
  })

  // Other suites add households and products to the same database, so every count here is
  // of the catalog's own handles and SKUs.
  const producerHandles = (
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../content/catalog/producers.json"), "utf8")) as {
      producers: { handle: string }[]
    }
  ).producers.map((p) => p.handle)
  const skus = catalog.products.flatMap((p) => p.variants.map((_, i) => `${p.handle}-${i + 1}`.toUpperCase()))

  it("registers the 22 households and 8 helper teams, each catalog product linked to one", async () => {
    const producers = await client.query<{ n: string }>(
      "select count(*) as n from producer where handle = any($1) and deleted_at is null",
      [producerHandles]
    )
    const teams = await client.query<{ n: string }>("select count(*) as n from helper_team where deleted_at is null")
    const unlinked = await client.query<{ n: string }>(
      `select count(*) as n from product p where p.handle = any($1) and p.deleted_at is null and not exists
         (select 1 from producer_producer_product_product l where l.product_id = p.id and l.deleted_at is null)`,
      [catalog.products.map((p) => p.handle)]
    )
    expect(Number(producers.rows[0].n)).toBe(22)
    expect(Number(teams.rows[0].n)).toBe(8)
    expect(Number(unlinked.rows[0].n)).toBe(0)
  })

  it("stocks every catalog variant at the Cao Bằng warehouse", async () => {
    const { rows } = await client.query<{ n: string; total: string }>(
      `select count(*) as n, sum(l.stocked_quantity) as total from inventory_level l
         join inventory_item i on i.id = l.inventory_item_id
        where i.sku = any($1) and l.deleted_at is null`,
      [skus]
    )
    expect(Number(rows[0].n)).toBe(skus.length)
    expect(Number(rows[0].total)).toBeGreaterThan(0)
  })
})
