import { readFileSync } from "node:fs"
import path from "node:path"

export type RelevanceQuery = { q: string; expected: string[]; kind: string }

/** The relevance set: queries written from the seed catalog and the handles they must find. */
export function loadRelevanceSet(): RelevanceQuery[] {
  const file = path.resolve(import.meta.dirname, "relevance-set.json")
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: RelevanceQuery[] }).queries
}
