import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { typoDistance } from "@/modules/search-vietnamese/edit-distance"
import { sqlArray } from "@/modules/search-vietnamese/lexicon"
import { typoBudget } from "@/modules/search-vietnamese/query-terms"
import { deletions, keysCover, storedDepth, TYPO_KEY_SIZES, typoKeyRows } from "@/modules/search-vietnamese/typo-keys"

/** What the typo statement's join finds for one query word over stored rows, in memory. */
function candidates(term: string, words: string[]): string[] {
  const k = typoBudget(term, TYPO_KEY_SIZES)
  const probes = deletions(term, k)
  const found = new Set<string>()
  for (const word of words) {
    for (const row of typoKeyRows(word)) {
      if (probes.has(row.key) && row.depth <= k) found.add(row.word)
    }
  }
  return [...found].sort()
}

describe("typo keys", () => {
  it("deletes up to the depth, each string once with its fewest deletions", () => {
    expect([...deletions("binh", 1)].sort()).toEqual([["bih", 1], ["bin", 1], ["binh", 0], ["bnh", 1], ["inh", 1]])
    const two = deletions("chestnut", 2)
    expect(two.get("chestnut")).toBe(0)
    expect(two.get("chestnt")).toBe(1)
    expect(two.get("chsnut")).toBe(2)
    expect(two.size).toBe(1 + 8 + 28)
    // Deleting either of two neighbouring equal letters gives the same string: kept once.
    expect([...deletions("khannh", 1)].filter(([key]) => key === "khanh")).toEqual([["khanh", 1]])
    expect(deletions("khannh", 1).size).toBe(1 + 5)
  })

  it("stores as many deletions as a query word of the same length may have typos", () => {
    expect([2, 3, 4, 7, 8, 12].map((n) => storedDepth(n))).toEqual([0, 0, 1, 1, 2, 2])
  })

  it("gives numbers and codes no keys", () => {
    expect(typoKeyRows("500g")).toEqual([])
    expect(typoKeyRows("2024")).toEqual([])
    expect(typoKeyRows("mien").length).toBe(5)
    expect(typoKeyRows("che")).toEqual([{ key: "che", word: "che", depth: 0 }])
  })

  it("finds the intended words of typical slips", () => {
    const words = ["binh", "nguyen", "khanh", "chestnut", "sausage", "incense", "buffalo", "mien", "mieng", "thit"]
    expect(candidates("bihn", words)).toEqual(["binh"]) // swap
    expect(candidates("ngyen", words)).toEqual(["nguyen"]) // letter missing
    expect(candidates("khannh", words)).toEqual(["khanh"]) // letter doubled
    expect(candidates("chestnutt", words)).toEqual(["chestnut"])
    expect(candidates("chesnutt", words)).toEqual(["chestnut"]) // two edits in an 8-letter word
    expect(candidates("sausgae", words)).toEqual(["sausage"])
    expect(candidates("incence", words)).toEqual(["incense"])
    expect(candidates("thi", words)).toEqual([]) // three letters: no typo allowed
    expect(candidates("thiit", words)).toEqual(["thit"]) // the extra letter goes on the query's side
    expect(candidates("chestnt", words)).toEqual(["chestnut"])
  })

  it("reaches every word within the query word's budget (random words and edits)", () => {
    const letters = "abcdeghiklmnoprstuvxy"
    const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 12 })
    const edit = fc.record({ kind: fc.constantFrom("delete", "insert", "substitute", "swap"), at: fc.nat(), letter: fc.constantFrom(...letters) })
    const apply = (w: string, e: { kind: string; at: number; letter: string }) => {
      const i = e.at % (w.length + 1)
      if (e.kind === "insert") return w.slice(0, i) + e.letter + w.slice(i)
      if (w.length === 0) return w
      const j = e.at % w.length
      if (e.kind === "delete") return w.slice(0, j) + w.slice(j + 1)
      if (e.kind === "substitute") return w.slice(0, j) + e.letter + w.slice(j + 1)
      return j + 1 < w.length ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2) : w
    }
    fc.assert(
      fc.property(word, fc.array(edit, { minLength: 1, maxLength: 2 }), (meant, edits) => {
        const typed = edits.reduce(apply, meant)
        const distance = typoDistance(typed, meant)
        if (typed.length < 1 || distance === 0 || distance > typoBudget(typed, TYPO_KEY_SIZES)) return
        expect(candidates(typed, [meant])).toEqual([meant])
      }),
      { numRuns: 3000, seed: 20261128 }
    )
  })

  it("covers the catalog's sizes and stricter ones, not looser ones", () => {
    expect(keysCover({ one: 4, two: 8 })).toBe(true)
    expect(keysCover({ one: 5, two: 9 })).toBe(true)
    expect(keysCover({ one: 3, two: 8 })).toBe(false)
    expect(keysCover({ one: 4, two: 6 })).toBe(false)
  })
})

describe("sqlArray", () => {
  it("writes a PostgreSQL array literal with every text quoted", () => {
    expect(sqlArray(["mien", "null", "h'mong"])).toBe(`{"mien","null","h'mong"}`)
    expect(sqlArray([1, 2])).toBe("{1,2}")
    expect(sqlArray([])).toBe("{}")
    expect(sqlArray(['a"b', "c\\d"])).toBe(`{"a\\"b","c\\\\d"}`)
  })
})
