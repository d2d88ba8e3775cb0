import { fold } from "@/search/lib/fold"
import type { TermGroup } from "./query-terms"

const WORD = /[\p{L}\p{N}'’]+/gu
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

/** Whether a word of the text is one the query matched, however it was typed. */
function matcher(groups: TermGroup[]): (word: string) => boolean {
  const exact = new Set(groups.flatMap((group) => [group.term, ...group.alternatives]))
  const prefixes = groups.filter((group) => group.prefix).map((group) => group.term)
  return (word) => {
    const folded = fold(word)
    return exact.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix))
  }
}

/**
 * The text, HTML-escaped, with every matched word wrapped in the tags, or null when
 * nothing matched. Escaping first means a product title can never inject markup into the
 * storefront that renders these fragments.
 */
export function highlightText(text: string, groups: TermGroup[], preTag: string, postTag: string): string | null {
  const isMatch = matcher(groups)
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
