import { readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { typoDistance } from "@/modules/search-vietnamese/edit-distance"
import { rememberWords, wordFacts } from "@/modules/search-vietnamese/lexicon"
import { numbered } from "@/modules/search-vietnamese/prepared-reader"
import { typoBudget } from "@/modules/search-vietnamese/query-terms"
import { VIETNAMESE_SEARCH_SCHEMA_SQL } from "@/modules/search-vietnamese/schema-sql"
import { TYPO_KEY_SIZES, typoKeyRows, typoKeysBackfillSql } from "@/modules/search-vietnamese/typo-keys"
import { foldedWords } from "@/search/lib/fold"

/**
 * Typo corrections come from the typo keys table (typo-keys.ts) instead of a Levenshtein
 * scan of the lexicon. These check on a real PostgreSQL, in a schema of their own (the
 * shared lexicon must not learn made-up words), that the keys the migration builds in SQL
 * are the ones indexing builds in code, and that the keys find every correction the scan
 * found, for typos of every seed word.
 */
const databaseUrl = process.env.DATABASE_URL
const SCHEMA = "typo_keys_test"

/** Every word of the seed catalog's texts (titles, stories, places…), folded. */
function seedWords(): string[] {
  const texts: string[] = []
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.push(value)
    else if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === "object") Object.values(value).forEach(collect)
  }
  for (const file of ["products.json", "producers.json", "experiences.json", "provinces.json"]) {
    collect(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../content/catalog", file), "utf8")))
  }
  return [...new Set(texts.flatMap((text) => foldedWords(text)))].filter((w) => w.length >= 2 && w.length <= 40)
}

/** One slip per word, cycling through the kinds a phone keyboard makes, at a position taken from the word. */
function slip(word: string, i: number): string {
  const at = (i * 7) % word.length
  switch (i % 4) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + "n" + word.slice(at)
    case 2:
      return word.slice(0, at) + (word[at] === "a" ? "e" : "a") + word.slice(at + 1)
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word + "h"
  }
}

if (!databaseUrl) {
  describe("search typo keys", () => {
    it.skip("needs DATABASE_URL of a migrated Chợ Phiên database (npm test passes it)", () => {})
  })
} else {
  describe("search typo keys", () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    const manager = { execute: async (sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as Record<string, unknown>[] }
    const words = seedWords()
    const indexed = words.filter((_, i) => i % 2 === 0)
    const older = words.filter((_, i) => i % 2 === 1)

    beforeAll(async () => {
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
      await client.query(`CREATE SCHEMA ${SCHEMA}`)
      await client.query(`SET search_path TO ${SCHEMA}, public`)
      for (const sql of VIETNAMESE_SEARCH_SCHEMA_SQL) await client.query(sql)
      // Half the words sat in the lexicon before the keys existed and get theirs from the
      // migration's SQL; the other half arrive afterwards through indexing.
      await client.query(`INSERT INTO search_vi_lexicon ("word") SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [older])
      await client.query(typoKeysBackfillSql("search_vi_lexicon"))
      await rememberWords(manager, [indexed.join(" ")])
    }, 120_000)

    afterAll(async () => {
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
      await client.end()
    })

    it("builds the same keys in SQL (migration) as in code (indexing)", async () => {
      const { rows } = await client.query<{ key: string; word: string; depth: number }>(`SELECT "key", "word", "depth" FROM search_vi_typo_keys`)
      const stored = rows.map((row) => `${row.key} ${row.word} ${row.depth}`).sort()
      const expected = words.flatMap(typoKeyRows).map((row) => `${row.key} ${row.word} ${row.depth}`).sort()
      expect(words.length).toBeGreaterThan(500)
      expect(stored.length).toBe(expected.length)
      expect(stored).toEqual(expected)
    })

    it("adds keys only for words it did not know, once", async () => {
      const before = Number((await client.query(`SELECT count(*) AS n FROM search_vi_typo_keys`)).rows[0].n)
      await rememberWords(manager, [`${words.slice(0, 50).join(" ")} chestnutz`])
      const after = Number((await client.query(`SELECT count(*) AS n FROM search_vi_typo_keys`)).rows[0].n)
      expect(after - before).toBe(typoKeyRows("chestnutz").length)
    })

    it("counts the documents a word is seen in, and puts the most seen first among corrections equally near", async () => {
      const seen = async (word: string) => Number((await client.query(`SELECT "seen" FROM search_vi_lexicon WHERE "word" = $1`, [word])).rows[0]?.seen ?? 0)
      const before = [await seen("dua"), await seen("xanh"), await seen("do")]
      await rememberWords(manager, ["Dưa hấu xanh xanh", "dưa hấu đỏ", "xanh"])
      const after = [await seen("dua"), await seen("xanh"), await seen("do")]
      expect(after.map((n, i) => n - before[i])).toEqual([2, 2, 1])
      // "xamh" is one edit from both "xanh" and "xamk"; the one seen more comes first.
      await rememberWords(manager, ["xamk"])
      expect((await wordFacts(manager, ["xamh"], TYPO_KEY_SIZES)).corrections.get("xamh")?.[0]).toBe("xanh")
      await rememberWords(manager, Array(after[1] + 1).fill("xamk"))
      expect((await wordFacts(manager, ["xamh"], TYPO_KEY_SIZES)).corrections.get("xamh")?.[0]).toBe("xamk")
    })

    it("corrects every slip of a seed word as the lexicon scan does, and a double swap the scan missed", async () => {
      const typed = [...new Set(words.filter((w) => w.length >= 4 && !/[0-9]/.test(w)).map(slip))].filter((t) => !words.includes(t))
      expect(typed.length).toBeGreaterThan(300)
      const mismatches: string[] = []
      const missed: string[] = []
      for (let i = 0; i < typed.length; i += 12) {
        const terms = typed.slice(i, i + 12)
        const [keys, scan] = [await wordFacts(manager, terms, TYPO_KEY_SIZES, "keys"), await wordFacts(manager, terms, TYPO_KEY_SIZES, "scan")]
        for (const term of terms) {
          const [k, s] = [keys.corrections.get(term) ?? [], scan.corrections.get(term) ?? []]
          // One slip is one typo: every query word long enough for one gets a correction.
          if (!k.length && typoBudget(term, TYPO_KEY_SIZES) > 0) missed.push(term)
          if (k.join() !== s.join()) mismatches.push(`${term}: keys ${k.join("/")} scan ${s.join("/")}`)
        }
      }
      expect(mismatches).toEqual([])
      expect(missed).toEqual([])
      // Two swapped pairs in an 8-letter word: two typos, but four Levenshtein edits.
      await rememberWords(manager, ["chestnutz"])
      const doubleSwap = "cehstnuzt"
      expect(typoDistance(doubleSwap, "chestnutz")).toBe(typoBudget(doubleSwap, TYPO_KEY_SIZES))
      expect((await wordFacts(manager, [doubleSwap], TYPO_KEY_SIZES, "keys")).corrections.get(doubleSwap)).toContain("chestnutz")
      expect((await wordFacts(manager, [doubleSwap], TYPO_KEY_SIZES, "scan")).corrections.get(doubleSwap)).not.toContain("chestnutz")
    })
  })
}
