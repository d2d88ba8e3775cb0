import type { TypoSizes } from "./query-terms"

/**
 * Typo candidates by symmetric deletion (the SymSpell idea): two words within k edits,
 * a swap of neighbours counting as one, become the same string once at most k letters are
 * deleted from each. So every known word is stored with the strings its deletions give,
 * and a query word looks up its own deletions with the primary key: a few dozen index
 * probes, whatever the size of the lexicon. Scanning the lexicon with Levenshtein instead
 * cost about 1 ms over the bench's ~500 words but 22 ms over 45,000 (a real catalog's
 * English words, names and units; 40 ms on a busy machine), more than the whole search
 * budget of 20 ms.
 *
 * The stored depth follows these sizes (the catalog's: one typo from 4 letters, two from
 * 8). A search that asks for smaller sizes falls back to the scan.
 */
export const TYPO_KEY_SIZES: TypoSizes = { one: 4, two: 8 }
export const TYPO_KEYS = "search_vi_typo_keys"

/**
 * How many letters are deleted from a known word of this length: the typo budget of a
 * query word of the same length. A longer query word needs no more, since its extra letters
 * are deleted on its side ("thiit" → "thit"), and a shorter one has no bigger budget.
 */
export function storedDepth(length: number, sizes: TypoSizes = TYPO_KEY_SIZES): number {
  if (length >= sizes.two) return 2
  return length >= sizes.one ? 1 : 0
}

/** Numbers and codes ("500g", "2024") are never typos of one another: they get no keys. */
export function takesTypoKeys(word: string): boolean {
  return !/[0-9]/.test(word)
}

/** The strings `word` gives by deleting up to `depth` letters, each with the fewest deletions that give it. */
export function deletions(word: string, depth: number): Map<string, number> {
  const found = new Map<string, number>([[word, 0]])
  let level = [word]
  for (let d = 1; d <= depth; d += 1) {
    const next: string[] = []
    for (const source of level) {
      for (let i = 0; i < source.length; i += 1) {
        const shorter = source.slice(0, i) + source.slice(i + 1)
        if (shorter.length > 0 && !found.has(shorter)) {
          found.set(shorter, d)
          next.push(shorter)
        }
      }
    }
    level = next
  }
  return found
}

export type TypoKeyRow = { key: string; word: string; depth: number }

/** The rows a known word adds to the typo keys table (none for numbers and codes). */
export function typoKeyRows(word: string): TypoKeyRow[] {
  if (!takesTypoKeys(word)) return []
  return [...deletions(word, storedDepth(word.length))].map(([key, depth]) => ({ key, word, depth }))
}

/** Whether the stored keys reach every candidate these sizes allow. */
export function keysCover(sizes: TypoSizes): boolean {
  return sizes.one >= TYPO_KEY_SIZES.one && sizes.two >= TYPO_KEY_SIZES.two
}

/**
 * The same rows as `typoKeyRows`, built in SQL from the lexicon table: for a database
 * whose lexicon predates the keys. Depths match `storedDepth` for the catalog's sizes.
 */
export function typoKeysBackfillSql(lexicon: string): string {
  const depth1 = TYPO_KEY_SIZES.one
  const depth2 = TYPO_KEY_SIZES.two
  return `WITH w AS (SELECT "word" FROM "${lexicon}" WHERE "word" !~ '[0-9]'),
    d1 AS (SELECT w."word", overlay(w."word" placing '' from i for 1) AS k FROM w, generate_series(1, length(w."word")) i WHERE length(w."word") >= ${depth1}),
    d2 AS (SELECT d1."word", overlay(d1.k placing '' from i for 1) AS k FROM d1, generate_series(1, length(d1.k)) i WHERE length(d1."word") >= ${depth2})
    INSERT INTO "${TYPO_KEYS}" ("key", "word", "depth")
    SELECT k, "word", min(depth) FROM (
      SELECT "word" AS k, "word", 0 AS depth FROM w UNION ALL SELECT k, "word", 1 FROM d1 UNION ALL SELECT k, "word", 2 FROM d2
    ) x WHERE k <> '' GROUP BY k, "word"
    ON CONFLICT ("key", "word") DO NOTHING`
}
