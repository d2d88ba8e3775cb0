/**
 * An experience is a Medusa product with `metadata.kind = "experience"`; each of its
 * variants is one date (`metadata.date`, title "YYYY-MM-DD") with its own stock item holding
 * the places of that date. A booking is a cart line of that variant, quantity = guests.
 */
export const EXPERIENCE_KIND = "experience"

export type ExperienceUnit = "night" | "session" | "guest"

export function isExperience(metadata: Record<string, unknown> | null | undefined): boolean {
  return metadata?.kind === EXPERIENCE_KIND
}

/** The booked date of a variant (or cart line) of an experience, or null for goods. */
export function bookingDateOf(metadata: Record<string, unknown> | null | undefined): string | null {
  const date = metadata?.date
  return typeof date === "string" && date ? date : null
}
