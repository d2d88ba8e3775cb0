import { readFileSync } from "node:fs"
import path from "node:path"
import type { SyntheticProduct } from "#scripts/catalog/generate-catalog.ts"

type SeedProduct = {
  handle: string
  producer: string
  category: string
  title: { vi: string; en: string }
  description: { vi: string; en: string }
  tags: string[]
  ocop_stars: number | null
  variants: { price_vnd: number; stock: number }[]
}
type SeedProducer = { handle: string; name: string; area: string; area_name: string }

/** The 25 seed products in the generator's shape, so the relevance set has answers in every catalog. */
export function seedProducts(root: string): SyntheticProduct[] {
  const read = <T>(file: string) => JSON.parse(readFileSync(path.join(root, "content/catalog", file), "utf8")) as T
  const { products } = read<{ products: SeedProduct[] }>("products.json")
  const { producers } = read<{ producers: SeedProducer[] }>("producers.json")
  const byHandle = new Map(producers.map((p) => [p.handle, p]))
  return products.map((p) => {
    const producer = byHandle.get(p.producer) as SeedProducer
    return {
      handle: p.handle,
      title: p.title,
      description: p.description,
      category: p.category,
      tags: p.tags,
      producer: { handle: producer.handle, name: producer.name, area: producer.area, area_name: producer.area_name },
      price_vnd: Math.min(...p.variants.map((v) => v.price_vnd)),
      stock: p.variants.reduce((sum, v) => sum + v.stock, 0),
      ocop_stars: p.ocop_stars,
      created_at: "2026-11-01T00:00:00.000Z",
    }
  })
}

/** The catalog index document of a product, as `toProductDocument` builds it from the database. */
export function toDocument(p: SyntheticProduct, index: number, synonyms: (text: string) => string[]): Record<string, unknown> {
  const text = [p.title.vi, p.description.vi, ...p.tags].join(" \n ")
  return {
    id: `prod_bench_${String(index).padStart(7, "0")}`,
    type: "product",
    handle: p.handle,
    title: p.title.vi,
    title_en: p.title.en,
    tags: p.tags,
    category: p.category,
    category_name: null,
    category_name_en: null,
    producer_handle: p.producer.handle,
    producer_name: p.producer.name,
    area: p.producer.area,
    area_name: p.producer.area_name,
    description: p.description.vi,
    description_en: p.description.en,
    synonyms: synonyms(text).join(" "),
    price: p.price_vnd,
    in_stock: p.stock > 0,
    ocop_stars: p.ocop_stars,
    thumbnail: null,
    created_at: p.created_at,
  }
}
