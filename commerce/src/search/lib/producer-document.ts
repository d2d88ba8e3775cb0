import { expandSynonyms, type SynonymGroups } from "./synonyms"
import type { CatalogDocument } from "./fields"
import { PRODUCER_CONSENT_FIELDS, PRODUCER_PUBLIC_FIELDS, toPublicProducer } from "@/modules/producer/public-producer"

/**
 * The producer columns the index may read. `household_status` and `phone` are not in the
 * list, so they cannot reach a document even by mistake; the consent-gated columns are
 * read only to be dropped unless the household agreed.
 */
export const PRODUCER_GRAPH_FIELDS = [
  ...PRODUCER_PUBLIC_FIELDS,
  ...PRODUCER_CONSENT_FIELDS,
  "public_profile_consent",
  "created_at",
]

export type ProducerRow = {
  id: string
  handle: string
  name: string
  area: string
  area_name: string
  verification_status: string
  public_profile_consent: boolean | null
  ethnicity: string | null
  story_vi: string | null
  story_en: string | null
  created_at: string | Date
  deleted_at?: string | Date | null
}

/** A verified household as buyers may find it; null while it is not verified. */
export function toProducerDocument(row: ProducerRow, synonyms: SynonymGroups): CatalogDocument | null {
  if (row.verification_status !== "verified" || row.deleted_at) {
    return null
  }
  // The consent rule lives in one place: what a store route may show is what may be found.
  const { story_vi: story, story_en: storyEn, ethnicity } = toPublicProducer({ ...row, helper_team: null })
  const document: Omit<CatalogDocument, "synonyms"> = {
    id: row.id,
    type: "producer",
    handle: row.handle,
    title: row.name,
    title_en: null,
    tags: ethnicity ? [ethnicity] : [],
    category: null,
    category_name: null,
    category_name_en: null,
    producer_handle: row.handle,
    producer_name: row.name,
    area: row.area,
    area_name: row.area_name,
    description: story,
    description_en: storyEn,
    price: null,
    in_stock: null,
    ocop_stars: null,
    thumbnail: null,
    created_at: new Date(row.created_at).toISOString(),
  }
  const text = [row.name, story, ethnicity].filter(Boolean).join(" \n ")
  return { ...document, synonyms: expandSynonyms(text, synonyms).join(" ") }
}
