import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex } from "@medusajs/framework/utils"
import { affectedIds, CATALOG_EVENTS } from "./lib/catalog-events"
import { type CatalogBatch, producerBatch, productBatch } from "./lib/catalog-source"
import { catalogSearchFields } from "./lib/fields"
import { CATALOG_INDEX, CATALOG_SEARCH_SETTINGS } from "./lib/settings"

const PAGE = 500
const PRODUCER_ID_PREFIX = "pdcr_"

type Mutation = SearchTypes.SearchMutation

function mutations(batch: CatalogBatch): Mutation[] {
  const out: Mutation[] = []
  if (batch.documents.length) {
    out.push({ action: "upsert", documents: batch.documents })
  }
  if (batch.removed.length) {
    out.push({ action: "delete", filters: { id: batch.removed } })
  }
  return out
}

/**
 * Pages products, then producers, each in id order. `last_key` resumes an interrupted
 * run: a `pdcr_` key means the products were done. The catch-up pass after a full seed
 * reads only rows changed since it started, deleted ones included, so they leave.
 */
async function* seedCatalog(context: SearchTypes.SearchSeedContext): AsyncIterable<Mutation[]> {
  const query = context.container.query
  const since = context.catchup?.since
  const resumeProducers = context.last_key?.startsWith(PRODUCER_ID_PREFIX) ?? false
  if (!resumeProducers) {
    yield* pages((page) => productBatch(query, page), since, context.last_key)
  }
  yield* pages((page) => producerBatch(query, page), since, resumeProducers ? context.last_key : undefined)
}

type Page = { filters: Record<string, unknown>; take: number; withDeleted: boolean }

async function* pages(
  read: (page: Page) => Promise<CatalogBatch>,
  since: Date | undefined,
  startAfter: string | undefined
): AsyncIterable<Mutation[]> {
  let after = startAfter
  for (;;) {
    const batch = await read({
      filters: { ...(since ? { updated_at: { $gte: since } } : {}), ...(after ? { id: { $gt: after } } : {}) },
      take: PAGE,
      withDeleted: Boolean(since),
    })
    const ids = [...batch.documents.map((d) => d.id), ...batch.removed].sort()
    if (!ids.length) {
      return
    }
    yield mutations(batch)
    after = ids[ids.length - 1]
  }
}

/** Re-reads every product and producer an event touches; what is no longer findable leaves the index. */
async function consumeCatalogEvent(
  event: { name: string; data: unknown },
  context: SearchTypes.SearchIngestionContext
): Promise<Mutation[]> {
  const query = context.container.query
  const ids = await affectedIds(query, event)
  const out: Mutation[] = []
  if (ids.products.length) {
    out.push(...mutations(await productBatch(query, { filters: { id: ids.products } }, ids.products)))
  }
  if (ids.producers.length) {
    out.push(...mutations(await producerBatch(query, { filters: { id: ids.producers } }, ids.producers)))
  }
  return out
}

export default defineSearchIndex({
  name: CATALOG_INDEX,
  // Hydration through query.graph is never used (the store route reads hits only), so the
  // entity names the main kind of document rather than every kind the index holds.
  entity: "product",
  fields: catalogSearchFields,
  settings: CATALOG_SEARCH_SETTINGS,
  events: CATALOG_EVENTS,
  consume: consumeCatalogEvent,
  seed: seedCatalog,
})
