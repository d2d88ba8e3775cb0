import { describe, expect, it } from "vitest"
import { isRelevanceOrder, titleTiers } from "@/modules/search-vietnamese/fast-path"
import { CUT_MISS_RATE, cutRank, roundEstimate } from "@/modules/search-vietnamese/keys-sample"
import type { KeysQuery } from "@/modules/search-vietnamese/keys-sql"
import { keysStatement, titleTsquery } from "@/modules/search-vietnamese/keys-statement"
import { lengthLexeme, rankLexeme, SAMPLE_BUCKETS, SAMPLE_FACTORS, sampleBounds, TITLE_MARK, TITLE_SLOTS } from "@/modules/search-vietnamese/keys-table"
import { correctionsFrom, withoutUnmatchableWords, type WordRow } from "@/modules/search-vietnamese/lexicon"

describe("roundEstimate", () => {
  it.each([
    [0, 0],
    [7, 7],
    [99, 99],
    [2008, 2000],
    [18_576, 19_000],
    [104_000, 100_000],
  ])("rounds %i to %i", (n, rounded) => {
    expect(roundEstimate(n)).toBe(rounded)
  })

  it("stays within 5% of the number it rounds", () => {
    for (let n = 100; n < 200_000; n = Math.ceil(n * 1.37)) {
      expect(Math.abs(roundEstimate(n) - n) / n).toBeLessThanOrEqual(0.05)
    }
  })
})

describe("cutRank", () => {
  /** P(X >= r) for X ~ Poisson(mean), summed directly. */
  function tail(mean: number, r: number): number {
    let below = 0
    let term = Math.exp(-mean)
    for (let k = 0; k < r; k += 1) {
      below += term
      term *= mean / (k + 1)
    }
    return 1 - below
  }

  it.each([
    // wanted, factor, rank: the first page's 60 candidates in the sparse and the dense sample, and deeper pages.
    [60, 64, 5],
    [60, 8, 16],
    [80, 8, 19],
    [1020, 8, 155],
  ])("cuts for %i candidates in a sample of 1 in %i at its sampled match number %i", (wanted, factor, rank) => {
    expect(cutRank(wanted, factor)).toBe(rank)
  })

  it.each(SAMPLE_FACTORS.flatMap((factor) => [60, 120, 1100].map((wanted) => [wanted, factor])))(
    "falls short of %i candidates at most 1%% of the time, and no later than needed, in a sample of 1 in %i",
    (wanted, factor) => {
      const r = cutRank(wanted, factor)
      expect(tail(wanted / factor, r)).toBeLessThanOrEqual(CUT_MISS_RATE)
      expect(tail(wanted / factor, r - 1)).toBeGreaterThan(CUT_MISS_RATE)
    }
  )
})

describe("sampleBounds", () => {
  it("stacks the sample tables from bucket 0 without gaps", () => {
    const bounds = sampleBounds()
    expect(bounds[0][0]).toBe(0)
    for (let i = 1; i < bounds.length; i += 1) expect(bounds[i][0]).toBe(bounds[i - 1][1])
  })

  it("makes each sample level a whole number of leading sample tables", () => {
    const ends = sampleBounds().map(([, to]) => to)
    expect(ends).toEqual(SAMPLE_FACTORS.map((factor) => SAMPLE_BUCKETS / factor))
  })
})

describe("titleTsquery", () => {
  it("asks for the title copy of every word, prefixes and alternatives included", () => {
    expect(titleTsquery("('mien' | 'mieen') & ('do':*)")).toBe(`('${TITLE_MARK}mien' | '${TITLE_MARK}mieen') & ('${TITLE_MARK}do':*)`)
  })

  it("uses made-up lexemes no folded query word can equal", () => {
    expect(TITLE_MARK).not.toMatch(/^[a-z0-9]+$/)
    expect(lengthLexeme(7)).not.toMatch(/^[a-z0-9]+$/)
    expect(rankLexeme(7, 3)).not.toMatch(/^[a-z0-9]/)
  })

  it("names every length and slot apart, and none a length lexeme", () => {
    const names = Array.from({ length: 16 }, (_, w) => Array.from({ length: TITLE_SLOTS }, (_, j) => rankLexeme(w + 1, j))).flat()
    expect(new Set(names).size).toBe(16 * TITLE_SLOTS)
    expect(names.every((name) => name.startsWith(rankLexeme("", "")) && !name.startsWith(lengthLexeme("")))).toBe(true)
  })
})

describe("titleTiers", () => {
  const t = titleTsquery
  it("ranks exact title matches, then prefix title matches, then the rest", () => {
    expect(titleTiers("'mie':*", "'mie'").map((tier) => tier.tsquery)).toEqual([
      t("'mie'"),
      `(${t("'mie':*")}) & !(${t("'mie'")})`,
      `('mie':*) & !(${t("'mie':*")})`,
    ])
  })

  it("has two tiers when no word is a prefix", () => {
    expect(titleTiers("'mien'", null).map((tier) => tier.tsquery)).toEqual([t("'mien'"), `('mien') & !(${t("'mien'")})`])
  })
})

describe("isRelevanceOrder", () => {
  it.each([
    [{ _score: "DESC" }, true],
    [{ _score: "DESC", handle: "ASC" }, true],
    [{ _score: "ASC" }, false],
    [{ price: "ASC", _score: "DESC" }, false],
    [{ _score: "DESC", price: "ASC" }, false],
    [undefined, false],
  ])("%j → %s", (order, expected) => {
    expect(isRelevanceOrder(order as Record<string, string> | undefined)).toBe(expected)
  })
})

function query(overrides: Partial<KeysQuery>): KeysQuery {
  return {
    table: "search_pg_catalog",
    tsquery: "('mien') & ('dong')",
    where: { sql: ` AND "k_category" = ?`, params: ["nong-san"] },
    candidateOrder: { sql: `"k_price" ASC NULLS LAST`, params: [] },
    tiers: null,
    take: 20,
    skip: 0,
    rank: { sql: `ts_rank_cd("search_vector", to_tsquery('c', ?))`, params: ["'mien'"] },
    finalOrder: `score DESC NULLS LAST, "id" ASC`,
    facets: [
      { field: "category", type: "value" },
      { field: "price", type: "range", ranges: [{ to: 100_000 }, { from: 100_000 }] },
    ],
    count: "estimated",
    shorter: [],
    ...overrides,
  }
}

describe("keysStatement", () => {
  it.each([
    ["plain order", query({})],
    ["relevance tiers", query({ tiers: titleTiers("('mien') & ('dong')", "('mien') & ('dong')") })],
    ["browse without words", query({ tsquery: null })],
    ["no count, no facets", query({ count: "none", facets: [] })],
    ["exact count", query({ count: "exact", tiers: titleTiers("'a'", null) })],
    ["prefix tiers", query({ tiers: titleTiers("('mien') & ('do':*)", "('mien') & ('do')") })],
    ["shorter queries to probe", query({ shorter: ["('mien') & ('dong')", "('mien')"] })],
  ])("binds one parameter per placeholder (%s)", (_, q) => {
    const { sql, params } = keysStatement(q)
    expect(sql.split("?").length - 1).toBe(params.length)
  })

  it("only samples when an estimated count is allowed", () => {
    const estimated = keysStatement(query({ count: "estimated" }))
    const exact = keysStatement(query({ count: "exact" }))
    // The `sampled` flag's first operand is whether estimating is allowed at all.
    expect(estimated.params).toContain(true)
    expect(exact.params).not.toContain(true)
  })
})

describe("the probe for shorter queries", () => {
  it("numbers each shorter query by the words it keeps, longest first", () => {
    const { params } = keysStatement(query({ shorter: ["('a') & ('b')", "('a')"], where: { sql: "", params: [] } }))
    const probe = params.slice(-4)
    expect(probe).toEqual([2, "('a') & ('b')", 1, "('a')"])
  })

  it("is left out when there is nothing shorter", () => {
    expect(keysStatement(query({ shorter: [] })).sql).toContain(`'kept', NULL`)
  })
})

describe("correctionsFrom", () => {
  const sizes = { one: 4, two: 8 }
  const rows: WordRow[] = [
    { kind: "known", term: "mien", word: "mien" },
    { kind: "form", term: "chestnut", word: "chestnuts" },
    { kind: "typo", term: "sausgae", word: "sausage" },
    { kind: "typo", term: "sausgae", word: "sausages" },
    { kind: "typo", term: "mien", word: "mieng" },
  ]

  it("offers known forms first, then typo corrections within the budget, nearest first", () => {
    const { known, corrections } = correctionsFrom(["mien", "chestnut", "sausgae"], sizes, rows)
    expect([...known]).toEqual(["mien"])
    expect(corrections.get("chestnut")).toEqual(["chestnuts"])
    // "sausages" is a swap and an extra letter away: two edits, over a 7-letter word's one.
    expect(corrections.get("sausgae")).toEqual(["sausage"])
  })

  it("prefers, among corrections equally near, the words seen in more documents", () => {
    const near: WordRow[] = ["bien", "bin", "binh", "bih", "bihm", "bihnn", "bihno"].map((word) => ({
      kind: "typo",
      term: "bihn",
      word,
      seen: word === "binh" ? 40 : word === "bien" ? 3 : 1,
    }))
    // All seven are one edit away; only six are kept, and alphabetically "binh" came fifth.
    const list = correctionsFrom(["bihn"], sizes, near).corrections.get("bihn")
    expect(list?.slice(0, 2)).toEqual(["binh", "bien"])
    expect(list).toHaveLength(6)
  })

  it("never corrects a word the index knows as typed", () => {
    expect(correctionsFrom(["mien"], sizes, rows).corrections.get("mien")).toEqual([])
  })

  it("corrects nothing when typo tolerance is off", () => {
    expect(correctionsFrom(["sausgae"], null, rows).corrections.size).toBe(0)
  })
})

describe("withoutUnmatchableWords", () => {
  const group = (term: string, extra: Partial<{ alternatives: string[]; prefix: boolean }> = {}) => ({ term, alternatives: [], prefix: false, ...extra })

  it("drops words that are unknown, uncorrected and not being typed", () => {
    const kept = withoutUnmatchableWords([group("coc"), group("mo")], new Set(["mo"]))
    expect(kept.map((g) => g.term)).toEqual(["mo"])
  })

  it("keeps the query as typed when no word can match", () => {
    expect(withoutUnmatchableWords([group("xyz"), group("qqq")], new Set())).toHaveLength(2)
  })

  it("keeps a prefix and a corrected word", () => {
    expect(withoutUnmatchableWords([group("mie", { prefix: true }), group("dogn", { alternatives: ["dong"] })], new Set())).toHaveLength(2)
  })
})
