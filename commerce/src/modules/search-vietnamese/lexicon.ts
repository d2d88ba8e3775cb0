import { foldedWords } from "@/search/lib/fold"
import type { TermGroup, TypoSizes } from "./query-terms"
import { typoBudget } from "./query-terms"
import { typoDistance } from "./edit-distance"
import { deletions, keysCover, takesTypoKeys, TYPO_KEYS, typoKeyRows } from "./typo-keys"

export type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

const LEXICON = "search_vi_lexicon"
/** Enough corrections to catch the intended word without turning the query into "anything". */
const MAX_CORRECTIONS = 6
const INSERT_CHUNK = 1000

/**
 * A PostgreSQL array literal (`{"a","b"}`) to bind to `?::text[]`: Medusa's manager
 * (knex) would spread a JavaScript array into a list of placeholders.
 */
export function sqlArray(values: (string | number)[]): string {
  return `{${values.map((v) => (typeof v === "number" ? String(v) : `"${v.replace(/[\\"]/g, "\\$&")}"`)).join(",")}}`
}

/**
 * Remembers every folded word the index holds, so a query word can be checked and
 * corrected against real words before the full-text match, which keeps typo tolerance on
 * the GIN index instead of a similarity scan. Each word counts the documents it was seen
 * in (updates count again: a rough measure of how common it is, which decides between
 * corrections equally near). A new word's typo keys (typo-keys.ts) go in the same
 * statement, so no word is ever known without them.
 * Words of deleted documents stay: a correction to them simply matches nothing.
 */
export async function rememberWords(manager: SqlManager, texts: string[]): Promise<void> {
  const seen = new Map<string, number>()
  for (const text of texts) {
    for (const word of new Set(foldedWords(text))) {
      if (word.length >= 2 && word.length <= 40) seen.set(word, (seen.get(word) ?? 0) + 1)
    }
  }
  // One order for every writer, so two indexing the same words never wait on each other in a circle.
  const words = [...seen.keys()].sort()
  for (let offset = 0; offset < words.length; offset += INSERT_CHUNK) {
    const chunk = words.slice(offset, offset + INSERT_CHUNK)
    // Keys are built only for the words the lexicon lacks: most of a catalog's are known.
    const unknown = await manager.execute(
      `SELECT w AS "word" FROM unnest(?::text[]) AS w WHERE NOT EXISTS (SELECT 1 FROM "${LEXICON}" l WHERE l."word" = w)`,
      [sqlArray(chunk)]
    )
    const keys = unknown.flatMap((row) => typoKeyRows(String(row.word)))
    await manager.execute(
      `WITH counted AS (
         INSERT INTO "${LEXICON}" ("word", "seen") SELECT * FROM unnest(?::text[], ?::int[])
         ON CONFLICT ("word") DO UPDATE SET "seen" = "${LEXICON}"."seen" + EXCLUDED."seen" RETURNING "word")
       INSERT INTO "${TYPO_KEYS}" ("key", "word", "depth")
       SELECT k.key, k.word, k.depth FROM unnest(?::text[], ?::text[], ?::smallint[]) AS k(key, word, depth) JOIN counted c ON c."word" = k.word
       ON CONFLICT DO NOTHING`,
      [
        sqlArray(chunk),
        sqlArray(chunk.map((word) => seen.get(word) ?? 1)),
        sqlArray(keys.map((k) => k.key)),
        sqlArray(keys.map((k) => k.word)),
        sqlArray(keys.map((k) => k.depth)),
      ]
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

/** `seen`: in how many documents a typo candidate was seen (0 on other rows). */
export type WordRow = { kind: "known" | "form" | "typo"; term: string; word: string; seen?: number }
export type WordFacts = { known: Set<string>; corrections: Map<string, string[]> }

/**
 * Everything the index's words say about the query words, in one statement: which are
 * known as typed, their known plural/singular forms and the known words that may be what
 * was meant (`sizes` null: no corrections at all), found through the typo keys or, for
 * sizes looser than the keys', by scanning the lexicon (`via` chooses; tests compare the
 * two). One round trip instead of four matters when the machine is busy.
 */
export async function wordFacts(
  manager: SqlManager,
  terms: string[],
  sizes: TypoSizes | null,
  via: "keys" | "scan" = sizes && keysCover(sizes) ? "keys" : "scan"
): Promise<WordFacts> {
  if (!terms.length) return { known: new Set(), corrections: new Map() }
  // Arrays, not a list of placeholders: one statement shape whatever the number of words,
  // so the search reader prepares it once.
  const parts = [`SELECT 'known' AS kind, "word" AS term, "word", 0 AS seen FROM "${LEXICON}" WHERE "word" = ANY (?::text[])`]
  const params: unknown[] = [sqlArray(terms)]
  if (sizes) {
    const pairs = terms.flatMap((term) => numberForms(term).map((form) => [term, form]))
    parts.push(`SELECT 'form', t.term, l."word", 0 FROM unnest(?::text[], ?::text[]) AS t(term, form) JOIN "${LEXICON}" l ON l."word" = t.form`)
    params.push(sqlArray(pairs.map(([term]) => term)), sqlArray(pairs.map(([, form]) => form)))
    const budgets = terms.map((term) => ({ term, k: typoBudget(term, sizes) })).filter((entry) => entry.k > 0)
    if (budgets.length && via === "keys") {
      const probes = budgets.filter(({ term }) => takesTypoKeys(term)).flatMap(({ term, k }) => [...deletions(term, k)].map(([key]) => ({ term, key, k })))
      parts.push(`SELECT DISTINCT 'typo', t.term, tk."word", l."seen" FROM unnest(?::text[], ?::text[], ?::int[]) AS t(term, key, k)
        JOIN "${TYPO_KEYS}" tk ON tk."key" = t.key AND tk."depth" <= t.k JOIN "${LEXICON}" l ON l."word" = tk."word"`)
      params.push(sqlArray(probes.map((p) => p.term)), sqlArray(probes.map((p) => p.key)), sqlArray(probes.map((p) => p.k)))
    } else if (budgets.length) {
      // Sizes below the stored keys' (not the catalog's): scan the lexicon. Levenshtein
      // counts a swap of two letters as two edits, so the database shortlists one edit
      // wider and the swap-aware distance in correctionsFrom decides.
      parts.push(`SELECT 'typo', t.term, l."word", l."seen" FROM unnest(?::text[], ?::int[]) AS t(term, k)
        JOIN "${LEXICON}" l ON length(l."word") BETWEEN length(t.term) - t.k AND length(t.term) + t.k
         AND levenshtein_less_equal(l."word", t.term, t.k) <= t.k`)
      params.push(sqlArray(budgets.map((entry) => entry.term)), sqlArray(budgets.map((entry) => entry.k + 1)))
    }
  }
  const rows = await manager.execute(parts.join(" UNION ALL "), params)
  return correctionsFrom(terms, sizes, rows as WordRow[])
}

/**
 * Alternatives for each query word: its known plural/singular forms, and, when the index
 * does not know the word as typed, the known words within its typo budget, nearest first
 * and, equally near, the most often seen first (at most MAX_CORRECTIONS in all): in a big
 * vocabulary "bihn" is one edit from "bien", "binh", "bin"… and the catalog's own common
 * words should win over a rare code or name.
 */
export function correctionsFrom(terms: string[], sizes: TypoSizes | null, rows: WordRow[]): WordFacts {
  const known = new Set(rows.filter((row) => row.kind === "known").map((row) => row.word))
  const corrections = new Map<string, string[]>()
  if (!sizes) return { known, corrections }
  for (const term of terms) {
    const forms = new Set(rows.filter((row) => row.kind === "form" && row.term === term).map((row) => row.word))
    const list = numberForms(term).filter((form) => forms.has(form))
    const typos = known.has(term)
      ? []
      : rows
          .filter((row) => row.kind === "typo" && row.term === term)
          .map((row) => ({ word: row.word, seen: Number(row.seen ?? 0), distance: typoDistance(term, row.word) }))
          .filter((c) => c.distance <= typoBudget(term, sizes))
          .sort((a, b) => a.distance - b.distance || b.seen - a.seen || a.word.localeCompare(b.word))
    for (const { word } of typos) {
      if (list.length < MAX_CORRECTIONS && !list.includes(word)) list.push(word)
    }
    corrections.set(term, list)
  }
  return { known, corrections }
}

/**
 * Drops the words that can match nothing: not in the index, no typo correction, not a
 * half-typed prefix. "coc mo" keeps "mo" (mò) instead of failing on "coc" (coóc is spelt
 * "cooc"). If every word is unknown the query is kept as typed, so it fails honestly.
 */
export function withoutUnmatchableWords(groups: TermGroup[], known: Set<string>): TermGroup[] {
  const kept = groups.filter((group) => group.prefix || group.alternatives.length > 0 || known.has(group.term))
  return kept.length ? kept : groups
}
