import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The events that change what a buyer can find, and how each reaches products and producers. */
export const CATALOG_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "translation.created",
  "translation.updated",
  "producer.created",
  "producer.updated",
  "producer.deleted",
]

export type AffectedIds = { products: string[]; producers: string[] }

type EventLike = { name: string; data: unknown }

function eventIds(data: unknown): string[] {
  const id = (data as { id?: unknown } | null)?.id
  const ids = Array.isArray(id) ? id : [id]
  return ids.filter((value): value is string => typeof value === "string" && value.length > 0)
}

/** Which documents an event touches. A producer's name and area live in its products too. */
export async function affectedIds(query: RemoteQueryFunction, event: EventLike): Promise<AffectedIds> {
  const ids = eventIds(event.data)
  if (!ids.length) {
    return { products: [], producers: [] }
  }
  const [entity] = event.name.split(".")
  switch (entity) {
    case "product":
      return { products: ids, producers: [] }
    case "product-variant":
      return { products: await productsOf(query, "product_variant", ids, "product_id"), producers: [] }
    case "inventory-level":
      return { products: await productsOfInventoryLevels(query, ids), producers: [] }
    case "translation":
      return { products: await translatedProducts(query, ids), producers: [] }
    case "producer":
      return { products: await productsOfProducers(query, ids), producers: ids }
    default:
      return { products: [], producers: [] }
  }
}

async function productsOf(query: RemoteQueryFunction, entity: string, ids: string[], field: string) {
  const { data } = await query.graph({ entity, fields: [field], filters: { id: ids }, withDeleted: true })
  return (data as Record<string, unknown>[]).map((row) => row[field]).filter((id): id is string => typeof id === "string")
}

async function productsOfInventoryLevels(query: RemoteQueryFunction, ids: string[]) {
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item.variants.product_id"],
    filters: { id: ids },
    withDeleted: true,
  })
  type Row = { inventory_item?: { variants?: { product_id: string }[] | null } | null }
  return (data as Row[]).flatMap((row) => (row.inventory_item?.variants ?? []).map((variant) => variant.product_id))
}

async function translatedProducts(query: RemoteQueryFunction, ids: string[]) {
  const { data } = await query.graph({ entity: "translation", fields: ["reference", "reference_id"], filters: { id: ids } })
  return (data as { reference: string; reference_id: string }[])
    .filter((row) => row.reference === "product")
    .map((row) => row.reference_id)
}

async function productsOfProducers(query: RemoteQueryFunction, ids: string[]) {
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: ids }, withDeleted: true })
  type Row = { products?: { id: string }[] | null }
  return (data as Row[]).flatMap((row) => (row.products ?? []).map((product) => product.id))
}
