import { foldedWords } from "@/search/lib/fold"
import type { TermGroup, TypoSizes } from "./query-terms"
import { typoBudget } from "./query-terms"
import { typoDistance } from "./edit-distance"

export type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

const LEXICON = "search_vi_lexicon"
/** Enough corrections to catch the intended word without turning the query into "anything". */
const MAX_CORRECTIONS = 6
const INSERT_CHUNK = 1000

/**
 * Remembers every folded word the index holds, so a query word can be checked and
 * corrected against real words (edit distance via fuzzystrmatch) before the full-text
 * match, which keeps typo tolerance on the GIN index instead of a similarity scan.
 * Words of deleted documents stay: a correction to them simply matches nothing.
 */
export async function rememberWords(manager: SqlManager, texts: string[]): Promise<void> {
  const words = [...new Set(texts.flatMap((text) => foldedWords(text)))].filter((w) => w.length >= 2 && w.length <= 40)
  for (let offset = 0; offset < words.length; offset += INSERT_CHUNK) {
    const chunk = words.slice(offset, offset + INSERT_CHUNK)
    await manager.execute(
      `INSERT INTO "${LEXICON}" ("word") VALUES ${chunk.map(() => "(?)").join(", ")} ON CONFLICT DO NOTHING`,
      chunk
    )
  }
}

/** English plural and singular forms of a word, which the `simple` configuration never stems. */
function numberForms(term: string): string[] {
  const forms = [`${term}s`, `${term}es`]
  if (term.length > 3 && term.endsWith("s")) {
    forms.push(term.slice(0, -1))
  }
  if (term.length > 4 && term.endsWith("es")) {
    forms.push(term.slice(0, -2))
  }
  return forms
}

/** Known plural/singular forms of each word: "chestnut" also finds "chestnuts". */
async function knownForms(manager: SqlManager, terms: string[]): Promise<Map<string, string[]>> {
  const pairs = terms.flatMap((term) => numberForms(term).map((form) => ({ term, form })))
  const found = new Map<string, string[]>(terms.map((term) => [term, []]))
  if (!pairs.length) {
    return found
  }
  const rows = await manager.execute(
    `SELECT "word" FROM "${LEXICON}" WHERE "word" IN (${pairs.map(() => "?").join(", ")})`,
    pairs.map((pair) => pair.form)
  )
  const known = new Set(rows.map((row) => String(row.word)))
  for (const { term, form } of pairs) {
    if (known.has(form)) {
      found.get(term)?.push(form)
    }
  }
  return found
}

/**
 * Alternatives for each query word: its known plural/singular forms, and, when the index
 * does not know the word as typed, the known words within its typo budget, nearest first.
 */
export async function correctWords(manager: SqlManager, terms: string[], sizes: TypoSizes): Promise<Map<string, string[]>> {
  const result = await knownForms(manager, terms)
  const budgets = terms.map((term) => ({ term, k: typoBudget(term, sizes) })).filter((entry) => entry.k > 0)
  if (!budgets.length) {
    return result
  }
  // Levenshtein counts a swap of two letters as two edits, so the database shortlists one
  // edit wider and the swap-aware distance below decides.
  const params: unknown[] = budgets.flatMap((entry) => [entry.term, entry.k + 1])
  const rows = await manager.execute(
    `SELECT t.term, l.word, levenshtein_less_equal(l.word, t.term, t.k) AS distance
       FROM (VALUES ${budgets.map(() => "(?::text, ?::int)").join(", ")}) AS t(term, k)
       JOIN "${LEXICON}" l
         ON length(l.word) BETWEEN length(t.term) - t.k AND length(t.term) + t.k
        AND levenshtein_less_equal(l.word, t.term, t.k) <= t.k
      ORDER BY t.term, distance, l.word`,
    params
  )
  const budget = new Map(budgets.map((entry) => [entry.term, entry.k]))
  const known = new Set(rows.filter((row) => Number(row.distance) === 0).map((row) => String(row.term)))
  const candidates = rows
    .map((row) => ({ term: String(row.term), word: String(row.word) }))
    .filter(({ term }) => !known.has(term))
    .map((c) => ({ ...c, distance: typoDistance(c.term, c.word) }))
    .filter((c) => c.distance <= (budget.get(c.term) ?? 0))
    .sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
  for (const { term, word } of candidates) {
    const list = result.get(term) as string[]
    if (list.length < MAX_CORRECTIONS) {
      list.push(word)
    }
  }
  return result
}

/** The words of `terms` the index holds as typed. */
export async function knownWords(manager: SqlManager, terms: string[]): Promise<Set<string>> {
  if (!terms.length) {
    return new Set()
  }
  const rows = await manager.execute(`SELECT "word" FROM "${LEXICON}" WHERE "word" IN (${terms.map(() => "?").join(", ")})`, terms)
  return new Set(rows.map((row) => String(row.word)))
}

/**
 * Drops the words that can match nothing: not in the index, no typo correction, not a
 * half-typed prefix. "coc mo" keeps "mo" (mò) instead of failing on "coc" (coóc is spelt
 * "cooc"). If every word is unknown the query is kept as typed, so it fails honestly.
 */
export async function withoutUnmatchableWords(manager: SqlManager, groups: TermGroup[]): Promise<TermGroup[]> {
  const known = await knownWords(manager, groups.map((group) => group.term))
  const kept = groups.filter((group) => group.prefix || group.alternatives.length > 0 || known.has(group.term))
  return kept.length ? kept : groups
}
