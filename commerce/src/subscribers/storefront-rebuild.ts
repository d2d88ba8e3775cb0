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

/**
 * Tells whoever builds the storefront that the catalog changed. A NOTIFY on the database
 * every Medusa instance already shares needs no new service and reaches a watcher on any
 * machine; the build itself stays out of Medusa so a slow build never holds up a request
 * or a worker. A notification is lost only while no watcher listens, and a watcher that
 * (re)connects rebuilds once for that reason.
 */
export default async function storefrontRebuildHandler({ event, container }: SubscriberArgs<unknown>) {
  const pg = container.resolve<Raw>(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await pg.raw("select pg_notify(?, ?)", [CATALOG_CHANGED_CHANNEL, event.name])
  } catch (error) {
    // The write that caused the event has already succeeded; a missed rebuild is not worth failing it.
    logger.warn(`Could not signal a storefront rebuild after ${event.name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export const config: SubscriberConfig = {
  event: events,
  context: { subscriberId: "storefront-rebuild" },
}
