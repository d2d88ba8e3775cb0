import { readFileSync } from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createProductTypesWorkflow, createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { z } from "zod"
import { EXPERIENCE_KIND } from "@/lib/experience/kind"
import { DESTINATION_MODULE } from "@/modules/destination"
import { PRODUCER_MODULE } from "@/modules/producer"
import { experienceTypeId, listExperienceProducts } from "@/workflows/experience/experience-products"
import { dateRange, vietnamToday } from "@/lib/experience/dates"
import { experienceSettings } from "@/lib/experience/settings"
import { DATE_OPTION, dateVariantInput, topUpExperienceDates } from "@/workflows/experience/top-up-experience-dates"
import type { StoreSetup } from "./store-setup"

const ENGLISH = "en-US"
const Localized = z.object({ vi: z.string().min(1), en: z.string().min(1) })

const CatalogExperiences = z.object({
  experiences: z.array(
    z.object({
      handle: z.string().regex(/^[a-z0-9-]+$/, "a handle has no diacritics or spaces"),
      producer: z.string(),
      destination: z.string(),
      category: z.string(),
      title: Localized,
      description: Localized,
      unit: z.enum(["night", "session", "guest"]),
      price_vnd: z.number().int().positive(),
      capacity_per_date: z.number().int().positive(),
      note_vi: z.string(),
      cutoff_days: z.number().int().min(0).optional(),
    })
  ),
})
type CatalogExperience = z.infer<typeof CatalogExperiences>["experiences"][number]

export function loadExperiences(contentDir: string): CatalogExperience[] {
  const file = path.join(contentDir, "catalog", "experiences.json")
  return CatalogExperiences.parse(JSON.parse(readFileSync(file, "utf8"))).experiences
}

/**
 * Experiences as products of type "experience" (`metadata.kind = "experience"`), linked to
 * their household and their destination, with a variant per bookable date stocked with the
 * places of that date. Runs after the destinations, which it links to by slug.
 */
export async function seedExperiences(
  container: MedusaContainer,
  contentDir: string,
  setup: StoreSetup,
  producerIds: Map<string, string>
) {
  const experiences = loadExperiences(contentDir)
  const typeId = (await experienceTypeId(container)) ?? (await createExperienceType(container))
  const known = new Set((await listExperienceProducts(container)).map((p) => p.handle))
  const missing = experiences.filter((e) => !known.has(e.handle))
  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: { products: missing.map((e) => toProductInput(e, typeId, setup)) },
    })
    await createTranslationsWorkflow(container).run({
      input: {
        translations: result.map((product) => {
          const source = missing.find((e) => e.handle === product.handle) as CatalogExperience
          return {
            reference_id: product.id,
            reference: "product",
            locale_code: ENGLISH,
            translations: { title: source.title.en, description: source.description.en },
          }
        }),
      },
    })
  }
  await linkExperiences(container, experiences, producerIds)
  await topUpExperienceDates(container, { handles: experiences.map((e) => e.handle) })
}

async function createExperienceType(container: MedusaContainer): Promise<string> {
  const { result } = await createProductTypesWorkflow(container).run({
    input: { product_types: [{ value: EXPERIENCE_KIND }] },
  })
  return result[0].id
}

function toProductInput(e: CatalogExperience, typeId: string, setup: StoreSetup) {
  const dates = dateRange(vietnamToday(new Date()), experienceSettings().horizonDays)
  return {
    title: e.title.vi.normalize("NFC"),
    handle: e.handle,
    description: e.description.vi.normalize("NFC"),
    status: "published" as const,
    type_id: typeId,
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    metadata: {
      kind: EXPERIENCE_KIND,
      unit: e.unit,
      price_vnd: e.price_vnd,
      capacity_per_date: e.capacity_per_date,
      note_vi: e.note_vi.normalize("NFC"),
      destination: e.destination,
      ...(e.cutoff_days === undefined ? {} : { cutoff_days: e.cutoff_days }),
    },
    options: [{ title: DATE_OPTION, values: dates }],
    variants: dates.map((date) => dateVariantInput(e.handle, date, e.price_vnd)),
  }
}

/** Household and destination links, each made only where it is missing. */
async function linkExperiences(container: MedusaContainer, experiences: CatalogExperience[], producerIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "producer.id", "destinations.slug"],
    filters: { handle: experiences.map((e) => e.handle) },
  })
  const { data: destinations } = await query.graph({ entity: "destination", fields: ["id", "slug"] })
  const destinationIds = new Map((destinations as Array<{ id: string; slug: string }>).map((d) => [d.slug, d.id]))
  const links: Record<string, Record<string, string>>[] = []
  for (const product of data as Array<{ id: string; handle: string; producer?: { id: string } | null; destinations?: Array<{ slug: string } | null> | null }>) {
    const source = experiences.find((e) => e.handle === product.handle) as CatalogExperience
    if (!product.producer) {
      const producerId = producerIds.get(source.producer)
      if (!producerId) throw new Error(`Experience ${source.handle} names a household that is not in the catalog`)
      links.push({ [PRODUCER_MODULE]: { producer_id: producerId }, [Modules.PRODUCT]: { product_id: product.id } })
    }
    const destinationId = destinationIds.get(source.destination)
    const linked = (product.destinations ?? []).some((d) => d?.slug === source.destination)
    if (destinationId && !linked) {
      links.push({ [DESTINATION_MODULE]: { destination_id: destinationId }, [Modules.PRODUCT]: { product_id: product.id } })
    }
  }
  if (links.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  }
}
