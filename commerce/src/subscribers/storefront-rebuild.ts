import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  InventoryLevelWorkflowEvents,
  ProductCategoryWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import { DESTINATION_CHANGED_EVENT } from "@/workflows/destination/events"

/**
 * The PostgreSQL channel the storefront's rebuild watcher listens on
 * (scripts/lib/storefront/rebuild-watcher.ts holds the same name; the two must match).
 */
export const CATALOG_CHANGED_CHANNEL = "cho_phien_catalog_changed"

/**
 * Everything a static page shows: products, their variants (prices, stock), categories,
 * and the households and destination pages our own modules hold. MedusaService modules
 * emit `<module>.<model>.<action>` on every write, so those names are the module's own.
 */
const events = [
  ...Object.values(ProductWorkflowEvents),
  ...Object.values(ProductVariantWorkflowEvents),
  ...Object.values(ProductCategoryWorkflowEvents),
  ...Object.values(InventoryLevelWorkflowEvents),
  "producer.producer.created",
  "producer.producer.updated",
  "producer.producer.deleted",
  "destination.destination.created",
  "destination.destination.updated",
  "destination.destination.deleted",
  // Emitted by every destination workflow, including product links and photos, which
  // change no destination row of their own.
  DESTINATION_CHANGED_EVENT,
]

type Raw = { raw: (sql: string, bindings: readonly string[]) => Promise<unknown> }
type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: unknown[] }> }

/**
 * More products than this in one change (a household with a large range renamed) are not
 * listed: the watcher then rebuilds the whole site, which is what it would choose anyway.
 */
const MAX_PRODUCT_IDS = 100

/**
 * The products whose pages show what this event changed, or undefined when that is not a
 * short known list (categories: every page shows them). The watcher uses the list to
 * rebuild only those products' pages (scripts/lib/storefront/catalog-changes.ts). A
 * destination changes no product: the pages every partial build renders (destinations,
 * home, sitemap) are enough, hence an empty list.
 */
async function productsChanged(name: string, id: string | undefined, query: Query): Promise<string[] | undefined> {
  if (name === DESTINATION_CHANGED_EVENT || name.startsWith("destination.destination.")) return []
  if (!id) return undefined
  const graph = async (entity: string, fields: string[]) => (await query.graph({ entity, fields, filters: { id } })).data
  if ((Object.values(ProductWorkflowEvents) as string[]).includes(name)) return [id]
  if ((Object.values(ProductVariantWorkflowEvents) as string[]).includes(name)) {
    const [variant] = (await graph("product_variant", ["product_id"])) as { product_id?: string }[]
    return variant?.product_id ? [variant.product_id] : undefined
  }
  if ((Object.values(InventoryLevelWorkflowEvents) as string[]).includes(name)) {
    const [level] = (await graph("inventory_level", ["inventory_item.variants.product_id"])) as {
      inventory_item?: { variants?: { product_id?: string }[] }
    }[]
    const ids = (level?.inventory_item?.variants ?? []).flatMap((variant) => variant.product_id ?? [])
    return ids.length ? [...new Set(ids)] : undefined
  }
  if (name.startsWith("producer.producer.")) {
    const [producer] = (await graph("producer", ["products.id"])) as { products?: { id: string }[] }[]
    return producer ? (producer.products ?? []).map((product) => product.id) : undefined
  }
  return undefined
}

/** What the notification says: the event, and the products it touched when that is known. */
export function catalogChangePayload(name: string, productIds: string[] | undefined): string {
  const products = productIds && productIds.length <= MAX_PRODUCT_IDS ? productIds : undefined
  return JSON.stringify(products ? { event: name, products } : { event: name })
}

/**
 * Tells whoever builds the storefront that the catalog changed. A NOTIFY on the database
 * every Medusa instance already shares needs no new service and reaches a watcher on any
 * machine; the build itself stays out of Medusa so a slow build never holds up a request
 * or a worker. A notification is lost only while no watcher listens, and a watcher that
 * (re)connects rebuilds once for that reason.
 */
export default async function storefrontRebuildHandler({ event, container }: SubscriberArgs<{ id?: string }>) {
  const pg = container.resolve<Raw>(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // A product whose lookup fails is still announced, only without the list (a whole rebuild).
  const products = await productsChanged(event.name, event.data?.id, container.resolve<Query>(ContainerRegistrationKeys.QUERY)).catch(
    () => undefined,
  )
  try {
    await pg.raw("select pg_notify(?, ?)", [CATALOG_CHANGED_CHANNEL, catalogChangePayload(event.name, products)])
  } catch (error) {
    // The write that caused the event has already succeeded; a missed rebuild is not worth failing it.
    logger.warn(`Could not signal a storefront rebuild after ${event.name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export const config: SubscriberConfig = {
  event: events,
  context: { subscriberId: "storefront-rebuild" },
}
