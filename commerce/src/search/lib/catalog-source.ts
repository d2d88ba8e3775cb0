import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { CatalogDocument } from "./fields"
import { PRODUCER_GRAPH_FIELDS, type ProducerRow, toProducerDocument } from "./producer-document"
import { type EnglishText, PRODUCT_GRAPH_FIELDS, type ProductRow, toProductDocument } from "./product-document"
import { loadSynonyms } from "./synonyms"

const ENGLISH = "en-US"

/** Documents to write, and the ids whose rows must leave the index (gone or not findable). */
export type CatalogBatch = { documents: CatalogDocument[]; removed: string[] }

type GraphPage = { filters?: Record<string, unknown>; take?: number; withDeleted?: boolean }

/** Products by filter, turned into documents; ids asked for but not findable are `removed`. */
export async function productBatch(query: RemoteQueryFunction, page: GraphPage, ids: string[] = []): Promise<CatalogBatch> {
  const { data } = await query.graph(
    {
      entity: "product",
      fields: page.withDeleted ? [...PRODUCT_GRAPH_FIELDS, "deleted_at"] : PRODUCT_GRAPH_FIELDS,
      filters: page.filters,
      pagination: { take: page.take, order: { id: "ASC" } },
      withDeleted: page.withDeleted,
    },
    { throwIfKeyNotFound: false }
  )
  const rows = data as ProductRow[]
  const english = await englishText(query, [
    ...rows.map((row) => row.id),
    ...rows.flatMap((row) => (row.categories ?? []).map((category) => category.id)),
  ])
  const synonyms = loadSynonyms()
  return split(rows, ids, (row) => toProductDocument(row, english, synonyms))
}

/** Producers by filter, public fields only, turned into documents. */
export async function producerBatch(query: RemoteQueryFunction, page: GraphPage, ids: string[] = []): Promise<CatalogBatch> {
  const { data } = await query.graph({
    entity: "producer",
    fields: page.withDeleted ? [...PRODUCER_GRAPH_FIELDS, "deleted_at"] : PRODUCER_GRAPH_FIELDS,
    filters: page.filters,
    pagination: { take: page.take, order: { id: "ASC" } },
    withDeleted: page.withDeleted,
  })
  const synonyms = loadSynonyms()
  return split(data as ProducerRow[], ids, (row) => toProducerDocument(row, synonyms))
}

function split<T extends { id: string }>(
  rows: T[],
  askedIds: string[],
  toDocument: (row: T) => CatalogDocument | null
): CatalogBatch {
  const documents: CatalogDocument[] = []
  const removed = new Set(askedIds)
  for (const row of rows) {
    const document = toDocument(row)
    if (document) {
      documents.push(document)
      removed.delete(row.id)
    } else {
      removed.add(row.id)
    }
  }
  return { documents, removed: [...removed] }
}

type TranslationRow = { reference_id: string; translations: Record<string, string> | null }

async function englishText(query: RemoteQueryFunction, referenceIds: string[]): Promise<EnglishText> {
  const english: EnglishText = new Map()
  if (!referenceIds.length) {
    return english
  }
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: [...new Set(referenceIds)], locale_code: ENGLISH },
  })
  for (const row of data as TranslationRow[]) {
    english.set(row.reference_id, { ...english.get(row.reference_id), ...(row.translations ?? {}) })
  }
  return english
}
