import { fold } from "@/search/lib/fold"
import type { TermGroup } from "./query-terms"

const WORD = /[\p{L}\p{N}'’]+/gu
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const NEEDS_ESCAPE = /[&<>"']/
/** Folded forms of words seen lately: a page of hits repeats most of its words. */
const foldedCache = new Map<string, string>()
const FOLDED_CACHE_SIZE = 20_000

function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]) : text
}

function foldWord(word: string): string {
  let folded = foldedCache.get(word)
  if (folded === undefined) {
    folded = fold(word)
    if (foldedCache.size >= FOLDED_CACHE_SIZE) foldedCache.clear()
    foldedCache.set(word, folded)
  }
  return folded
}

type Matcher = { isMatch: (word: string) => boolean; needles: string[] }

/** Whether a word of the text is one the query matched, however it was typed. */
function matcher(groups: TermGroup[]): Matcher {
  const exact = new Set(groups.flatMap((group) => [group.term, ...group.alternatives]))
  const prefixes = groups.filter((group) => group.prefix).map((group) => group.term)
  return {
    isMatch: (word) => {
      const folded = foldWord(word)
      return exact.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix))
    },
    needles: [...exact, ...prefixes],
  }
}

/**
 * The text, HTML-escaped, with every matched word wrapped in the tags, or null when
 * nothing matched. Escaping first means a product title can never inject markup into the
 * storefront that renders these fragments.
 */
export function highlightText(text: string, groups: TermGroup[], preTag: string, postTag: string): string | null {
  const { isMatch, needles } = matcher(groups)
  // A matched word's folded form is part of the folded text: most texts fail this at once.
  const foldedText = fold(text)
  if (!needles.some((needle) => foldedText.includes(needle))) return null
  let marked = false
  let out = ""
  let last = 0
  for (const found of text.matchAll(WORD)) {
    const start = found.index ?? 0
    out += escapeHtml(text.slice(last, start))
    if (isMatch(found[0])) {
      out += `${preTag}${escapeHtml(found[0])}${postTag}`
      marked = true
    } else {
      out += escapeHtml(found[0])
    }
    last = start + found[0].length
  }
  out += escapeHtml(text.slice(last))
  return marked ? out : null
}
