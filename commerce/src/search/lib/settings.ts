import type { SearchTypes } from "@medusajs/framework/types"
import { loadSynonyms, type SynonymGroups } from "./synonyms"

/** The name `query.search` and the store route use for the one catalog index. */
export const CATALOG_INDEX = "catalog"

/** Meilisearch wants synonyms as phrase → every other phrase of its group. */
function meilisearchSynonyms(groups: SynonymGroups): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    for (const phrase of group) {
      synonyms[phrase.toLowerCase()] = group.filter((other) => other !== phrase).map((other) => other.toLowerCase())
    }
  }
  return synonyms
}

/**
 * Most Vietnamese syllables have 2–5 letters, so engine defaults (one typo from 5
 * letters) would forgive almost none: one typo from 4 letters, two from 8. The synonyms
 * are part of the settings, so editing the data file changes the index's definition hash
 * and `db:migrate` rebuilds the index on every provider.
 */
export const CATALOG_SEARCH_SETTINGS: SearchTypes.SearchIndexSettings = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  provider_options: {
    meilisearch: {
      synonyms: meilisearchSynonyms(loadSynonyms()),
      // Meilisearch folds Vietnamese itself; telling it the language picks that tokenizer.
      localizedAttributes: [{ attributePatterns: ["*"], locales: ["vie", "eng"] }],
    },
  },
}
