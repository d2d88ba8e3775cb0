import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPERIENCE_KIND } from "@/lib/experience/kind"

export type ExperienceProduct = {
  id: string
  handle: string
  title: string
  metadata: Record<string, unknown> | null
  options: Array<{ id: string; title: string; values?: Array<{ value: string }> | null }>
  variants: Array<{ id: string; title: string | null; sku: string | null; metadata: Record<string, unknown> | null }>
}

/** The product type every experience carries; a type filter finds them without scanning the catalog. */
export async function experienceTypeId(container: MedusaContainer): Promise<string | null> {
  const [type] = await container.resolve(Modules.PRODUCT).listProductTypes({ value: EXPERIENCE_KIND }, { take: 1 })
  return type?.id ?? null
}

/** Experiences (all, or those with the given handles) with their date variants. */
export async function listExperienceProducts(container: MedusaContainer, handles?: string[]): Promise<ExperienceProduct[]> {
  const typeId = await experienceTypeId(container)
  if (!typeId) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "metadata", "options.id", "options.title", "options.values.value", "variants.id", "variants.title", "variants.sku", "variants.metadata"],
    filters: { type_id: typeId, ...(handles ? { handle: handles } : {}) },
  })
  return data as unknown as ExperienceProduct[]
}
