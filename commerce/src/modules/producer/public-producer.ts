/** The fields of a producer that any visitor may see, whatever the household agreed to. */
export const PRODUCER_PUBLIC_FIELDS = [
  "id",
  "handle",
  "name",
  "area",
  "area_name",
  "verification_status",
] as const

/** Fields shown only while the household's consent is recorded. */
export const PRODUCER_CONSENT_FIELDS = ["ethnicity", "story_vi", "story_en"] as const

/** Everything the store routes may read from the database to build a public producer. */
export const PRODUCER_STORE_QUERY_FIELDS = [
  ...PRODUCER_PUBLIC_FIELDS,
  ...PRODUCER_CONSENT_FIELDS,
  "public_profile_consent",
  "helper_team.handle",
  "helper_team.name",
]

export type StoredProducer = {
  id: string
  handle: string
  name: string
  area: string
  area_name: string
  verification_status: string
  ethnicity?: string | null
  story_vi?: string | null
  story_en?: string | null
  public_profile_consent?: boolean | null
  helper_team?: { handle: string; name: string } | null
  [other: string]: unknown
}

export type PublicProducer = {
  id: string
  handle: string
  name: string
  area: string
  area_name: string
  verification_status: string
  ethnicity: string | null
  story_vi: string | null
  story_en: string | null
  helper_team: { handle: string; name: string } | null
}

/**
 * Builds the public view by copying named fields only, so a column added to the model
 * later stays private until someone decides otherwise here.
 */
export function toPublicProducer(stored: StoredProducer): PublicProducer {
  const consented = stored.public_profile_consent === true
  return {
    id: stored.id,
    handle: stored.handle,
    name: stored.name,
    area: stored.area,
    area_name: stored.area_name,
    verification_status: stored.verification_status,
    ethnicity: consented ? (stored.ethnicity ?? null) : null,
    story_vi: consented ? (stored.story_vi ?? null) : null,
    story_en: consented ? (stored.story_en ?? null) : null,
    helper_team: stored.helper_team
      ? { handle: stored.helper_team.handle, name: stored.helper_team.name }
      : null,
  }
}
