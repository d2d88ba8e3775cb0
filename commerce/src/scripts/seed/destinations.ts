import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parse as parseYaml } from "yaml"
import { z } from "zod"
import { splitHowToGetThere } from "@/lib/destination/split-how-to-get-there"
import { DESTINATION_MODULE } from "@/modules/destination"
import type DestinationModuleService from "@/modules/destination/service"
import { createDestinationsWorkflow } from "@/workflows/destination/create-destinations"

const FrontMatter = z.object({
  title: z.string().min(1),
  title_en: z.string().min(1),
  area: z.string().regex(/^[a-z0-9-]+$/),
  coordinates: z.object({
    lat: z.number().min(20).max(24),
    lng: z.number().min(102).max(110),
    approximate: z.boolean().default(true),
  }),
  best_season: z.string().optional(),
  summary: z.string().min(1),
  summary_en: z.string().min(1),
})

/** Splits `---\nyaml\n---\nbody` and checks the front matter; the file name is the slug. */
export function readDestinationFile(file: string) {
  const source = readFileSync(file, "utf8").normalize("NFC")
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)
  if (!match) {
    throw new Error(`${file}: no front matter between --- lines`)
  }
  const meta = FrontMatter.parse(parseYaml(match[1]))
  return { slug: path.basename(file, ".md"), meta, body: match[2].trim() }
}

/** Destination pages from content/destinations, published, linked to the products of their area. */
export async function seedDestinations(container: MedusaContainer, contentDir: string) {
  const dir = path.join(contentDir, "destinations")
  const files = readdirSync(dir).filter((name) => name.endsWith(".md")).sort()
  const service: DestinationModuleService = container.resolve(DESTINATION_MODULE)
  const known = new Set((await service.listDestinations({}, { select: ["slug"], take: null })).map((d) => d.slug))
  const missing = files.map((name) => readDestinationFile(path.join(dir, name))).filter((d) => !known.has(d.slug))
  if (!missing.length) {
    return
  }
  const { result } = await createDestinationsWorkflow(container).run({
    input: {
      destinations: missing.map(({ slug, meta, body }) => ({
        slug,
        title: meta.title,
        title_en: meta.title_en,
        summary: meta.summary,
        summary_en: meta.summary_en,
        ...splitHowToGetThere(body),
        area: meta.area,
        latitude: meta.coordinates.lat,
        longitude: meta.coordinates.lng,
        coordinates_approximate: meta.coordinates.approximate,
        best_season: meta.best_season ?? null,
        status: "published" as const,
        published_at: new Date(),
        author: "Sở Văn hóa, Thể thao và Du lịch Cao Bằng",
      })),
    },
  })
  await linkAreaProducts(container, result)
}

async function linkAreaProducts(container: MedusaContainer, destinations: { id: string; area: string }[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "producer.area"] })
  const products = data as { id: string; producer?: { area: string } | null }[]
  const links = destinations.flatMap((destination) =>
    products
      .filter((product) => product.producer?.area === destination.area)
      .map((product) => ({
        [DESTINATION_MODULE]: { destination_id: destination.id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
  )
  if (links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  }
}
