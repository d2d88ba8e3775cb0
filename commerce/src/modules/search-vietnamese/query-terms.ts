import { foldedWords } from "@/search/lib/fold"

/** A query word and the index words it may match: itself, or its typo corrections. */
export type TermGroup = { term: string; alternatives: string[]; prefix: boolean }

export type TypoSizes = { one: number; two: number }

/** Longer queries are sentences pasted by mistake; twelve words is more than any product name. */
const MAX_TERMS = 12

/** Folded, de-duplicated query words, in the order typed. */
export function queryTerms(q: string): string[] {
  return [...new Set(foldedWords(q))].slice(0, MAX_TERMS)
}

/** How many typos a word of this length may carry (0 below the one-typo size). */
export function typoBudget(term: string, sizes: TypoSizes): number {
  if (term.length >= sizes.two) {
    return 2
  }
  return term.length >= sizes.one ? 1 : 0
}

function lexeme(word: string, prefix: boolean): string {
  // Folded words hold letters and digits only, so quoting is enough to keep them literal.
  return `'${word}'${prefix ? ":*" : ""}`
}

/**
 * A `to_tsquery` text: every group must match ("all"), or any of them ("any"). A prefix
 * group lets the word being typed match longer words ("mie" → "mien").
 */
export function toTsQuery(groups: TermGroup[], mode: "all" | "any"): string {
  return groups
    .map((group) => {
      const words = [group.term, ...group.alternatives.filter((word) => word !== group.term)]
      return `(${words.map((word, i) => lexeme(word, group.prefix && i === 0)).join(" | ")})`
    })
    .join(mode === "all" ? " & " : " | ")
}

/**
 * The `to_tsquery` texts of the query with its last words dropped, longest first, for
 * "all" mode (in "any" mode a shorter query matches nothing more).
 */
export function shorterQueries(groups: TermGroup[], mode: "all" | "any"): string[] {
  if (mode !== "all") return []
  return Array.from({ length: groups.length - 1 }, (_, i) => toTsQuery(groups.slice(0, groups.length - 1 - i), mode))
}
