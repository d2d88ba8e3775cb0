import { readFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"

const Localized = z.object({ vi: z.string().min(1), en: z.string().min(1) })

const VndPrice = z
  .number()
  .int("a price must be a whole number of đồng")
  .positive("a price must be above zero")

const CatalogProducers = z.object({
  helper_teams: z.array(z.object({ handle: z.string(), name: z.string(), area: z.string() })),
  producers: z.array(
    z.object({
      handle: z.string(),
      name: z.string(),
      area: z.string(),
      area_name: z.string(),
      ethnicity: z.string().nullable(),
      household_status: z.enum(["poor", "near_poor", "recently_escaped", "none"]),
      helper_team: z.string().nullable(),
      phone: z.string().nullable(),
      story: Localized,
      public_profile_consent: z.boolean(),
    })
  ),
})

const CatalogProducts = z.object({
  categories: z.array(z.object({ handle: z.string(), name: Localized })),
  products: z.array(
    z.object({
      handle: z.string().regex(/^[a-z0-9-]+$/, "a handle has no diacritics or spaces"),
      producer: z.string(),
      category: z.string(),
      title: Localized,
      description: Localized,
      variants: z
        .array(
          z.object({
            title: Localized,
            price_vnd: VndPrice,
            weight_g: z.number().int().positive(),
            stock: z.number().int().min(0),
          })
        )
        .min(1),
      season: z.string().nullable().optional(),
      ocop_stars: z.number().int().min(1).max(5).nullable(),
      tags: z.array(z.string()),
    })
  ),
})

export type CatalogProducersData = z.infer<typeof CatalogProducers>
export type CatalogProductsData = z.infer<typeof CatalogProducts>
export type CatalogProduct = CatalogProductsData["products"][number]

/** The catalog shipped in `content/catalog`, checked before anything is written. */
export function loadCatalog(contentDir: string) {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(path.join(contentDir, "catalog", file), "utf8"))
  return {
    producers: CatalogProducers.parse(read("producers.json")),
    products: CatalogProducts.parse(read("products.json")),
  }
}

export function defaultContentDir(): string {
  return process.env.CHO_PHIEN_CONTENT_DIR ?? path.resolve(process.cwd(), "../content")
}
