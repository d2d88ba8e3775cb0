import type { SearchTypes } from "@medusajs/framework/types"
import { highlightText } from "./highlight"
import type { TermGroup } from "./query-terms"

type HighlightOption = true | SearchTypes.SearchHighlightOptions

function searchableTextFields(index: SearchTypes.ResolvedSearchIndexDefinition): string[] {
  return Object.entries(index.fields)
    .filter(([, field]) => Boolean(field.searchable) && field.retrievable !== false && field.type === "text")
    .map(([path]) => path)
}

/** Adds `highlights` to every hit: the requested (or all searchable text) fields that matched. */
export function addHighlights(
  result: SearchTypes.SearchResult,
  groups: TermGroup[],
  option: HighlightOption,
  index: SearchTypes.ResolvedSearchIndexDefinition
): SearchTypes.SearchResult {
  const fields = option === true ? searchableTextFields(index) : option.fields
  const pre = option === true ? "<mark>" : (option.pre_tag ?? "<mark>")
  const post = option === true ? "</mark>" : (option.post_tag ?? "</mark>")
  return {
    ...result,
    hits: result.hits.map((hit) => {
      const highlights: Record<string, string[]> = {}
      for (const field of fields) {
        const value = hit.document[field]
        const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string")
        const marked = texts.map((text) => highlightText(text, groups, pre, post)).filter((t): t is string => t !== null)
        if (marked.length) {
          highlights[field] = marked
        }
      }
      return { ...hit, highlights }
    }),
  }
}
