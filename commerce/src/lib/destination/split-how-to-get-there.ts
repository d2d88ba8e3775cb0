/** The heading under which the seed's Markdown tells how to get there. */
const HEADING = /^##\s+Đi lại\s*$/mu

/**
 * Moves the "## Đi lại" section of a seeded body into its own field, so the page can show
 * it under its own heading; a body without one is left as it is.
 */
export function splitHowToGetThere(markdown: string): { body: string; how_to_get_there: string | null } {
  const start = markdown.search(HEADING)
  if (start < 0) return { body: markdown, how_to_get_there: null }
  const afterHeading = markdown.slice(start).replace(HEADING, "")
  const next = afterHeading.search(/^##\s/mu)
  const section = (next < 0 ? afterHeading : afterHeading.slice(0, next)).trim()
  const rest = next < 0 ? "" : afterHeading.slice(next)
  return {
    body: `${markdown.slice(0, start).trimEnd()}\n\n${rest.trim()}`.trim(),
    how_to_get_there: section || null,
  }
}
