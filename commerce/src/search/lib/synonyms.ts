import { readFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"

const SynonymsFile = z.object({
  groups: z.array(z.array(z.string().min(1)).min(2, "a synonym group needs at least two phrases")),
})

export type SynonymGroups = string[][]

/** `content/search/synonyms.json`, found the way the seed finds `content/`. */
export function synonymsPath(): string {
  const contentDir = process.env.CHO_PHIEN_CONTENT_DIR ?? path.resolve(process.cwd(), "../content")
  return path.join(contentDir, "search", "synonyms.json")
}

let cached: SynonymGroups | undefined

/** The synonym groups, read once per process. */
export function loadSynonyms(file = synonymsPath()): SynonymGroups {
  if (!cached) {
    cached = SynonymsFile.parse(JSON.parse(readFileSync(file, "utf8"))).groups.map((group) =>
      group.map((phrase) => phrase.normalize("NFC"))
    )
  }
  return cached
}

const WORD = /[\p{L}\p{N}']+/gu

function words(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(WORD) ?? []
}

type Phrase = { words: string[]; group: number }

/**
 * The phrases of every group a text contains, expanded to the other phrases of those
 * groups. Matching keeps tone marks and takes the longest phrase first, so "nấm hương"
 * (shiitake) does not pull in the synonyms of "hương" (incense).
 */
export function expandSynonyms(text: string, groups: SynonymGroups): string[] {
  const phrases: Phrase[] = groups
    .flatMap((group, index) => group.map((phrase) => ({ words: words(phrase), group: index })))
    .sort((a, b) => b.words.length - a.words.length)
  const tokens = words(text)
  const taken = new Array<boolean>(tokens.length).fill(false)
  const matched = new Set<number>()
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.words.length <= tokens.length; start += 1) {
      const span = phrase.words.map((_, offset) => start + offset)
      if (span.some((i) => taken[i]) || phrase.words.some((word, offset) => tokens[start + offset] !== word)) {
        continue
      }
      span.forEach((i) => (taken[i] = true))
      matched.add(phrase.group)
    }
  }
  return [...matched].flatMap((group) => groups[group])
}
