import { describe, expect, it } from "vitest"
import { fold, foldedWords, hasMarks } from "@/search/lib/fold"
import { expandSynonyms } from "@/search/lib/synonyms"
import { highlightText } from "@/modules/search-vietnamese/highlight"
import { typoDistance } from "@/modules/search-vietnamese/edit-distance"
import { shorterQueries, toTsQuery, typoBudget } from "@/modules/search-vietnamese/query-terms"

describe("fold", () => {
  it.each([
    ["Miến dong Phja Đén", "mien dong phja den"],
    ["Miến dong Phja Đén".normalize("NFD"), "mien dong phja den"],
    ["ĐỒ KHÔ", "do kho"],
    ["H'Mông", "hmong"],
    ["Trùng Khánh", "trung khanh"],
  ])("folds %s to %s", (input, folded) => {
    expect(fold(input)).toBe(folded)
  })

  it("yields only ASCII letters and digits for Vietnamese text", () => {
    const words = foldedWords("Ấm ỷ ữ ợ ạ đ Ư 500g")
    expect(words.every((word) => /^[a-z0-9]+$/.test(word))).toBe(true)
  })

  it("tells a query typed with marks from one without", () => {
    expect(hasMarks("hạt dẻ")).toBe(true)
    expect(hasMarks("hat de")).toBe(false)
  })
})

describe("expandSynonyms", () => {
  const groups = [["hương", "nhang", "incense"], ["nấm hương", "shiitake"], ["lạp sườn", "lạp xưởng"]]

  it("adds the other phrases of a group the text contains", () => {
    expect(expandSynonyms("Hương quế Phia Thắp", groups)).toEqual(["hương", "nhang", "incense"])
  })

  it("lets the longest phrase win, so shiitake does not become incense", () => {
    expect(expandSynonyms("Nấm hương gỗ dẻ", groups)).toEqual(["nấm hương", "shiitake"])
  })

  it("matches with tone marks, so a different word folding the same does not match", () => {
    expect(expandSynonyms("hướng dẫn", groups)).toEqual([])
  })
})

describe("typoBudget", () => {
  it.each([
    ["tra", 0],
    ["mien", 1],
    ["chestnut", 2],
  ])("gives %s %i typo(s)", (term, budget) => {
    expect(typoBudget(term, { one: 4, two: 8 })).toBe(budget)
  })
})

describe("typoDistance", () => {
  it.each([
    ["sausage", "sausgae", 1],
    ["mien", "mieen", 1],
    ["thit", "thot", 1],
    ["suong", "thuong", 2],
    ["dong", "dong", 0],
  ])("%s ↔ %s is %i", (a, b, distance) => {
    expect(typoDistance(a, b)).toBe(distance)
    expect(typoDistance(b, a)).toBe(distance)
  })
})

describe("toTsQuery", () => {
  it("ANDs groups of alternatives and marks the word being typed as a prefix", () => {
    const groups = [
      { term: "mieen", alternatives: ["mien"], prefix: false },
      { term: "do", alternatives: [], prefix: true },
    ]
    expect(toTsQuery(groups, "all")).toBe("('mieen' | 'mien') & ('do':*)")
    expect(toTsQuery(groups, "any")).toBe("('mieen' | 'mien') | ('do':*)")
  })
})

describe("highlightText", () => {
  const groups = [{ term: "mien", alternatives: [], prefix: false }, { term: "do", alternatives: [], prefix: true }]

  it("marks the accented words a folded query matched", () => {
    expect(highlightText("Miến dong Phja Đén", groups, "<mark>", "</mark>")).toBe("<mark>Miến</mark> <mark>dong</mark> Phja Đén")
  })

  it("escapes the text before marking it", () => {
    expect(highlightText("<b>Miến</b> & co", groups, "<mark>", "</mark>")).toBe("&lt;b&gt;<mark>Miến</mark>&lt;/b&gt; &amp; co")
  })

  it("returns null when nothing matched", () => {
    expect(highlightText("Hạt dẻ", groups, "<mark>", "</mark>")).toBeNull()
  })

  it.each([
    ["a word inside a longer word", "Bánh chưng", [{ term: "chu", alternatives: [], prefix: false }], null],
    ["a prefix in the middle of a word", "Thịt khô", [{ term: "hi", alternatives: [], prefix: true }], null],
    ["a name with an apostrophe", "Vải H'Mông", [{ term: "hmong", alternatives: [], prefix: false }], "Vải <mark>H&#39;Mông</mark>"],
    ["a repeated word", "Miến, miến dong", [{ term: "mien", alternatives: [], prefix: false }], "<mark>Miến</mark>, <mark>miến</mark> dong"],
    ["a typo correction", "Lạp xưởng", [{ term: "xuongg", alternatives: ["xuong"], prefix: false }], "Lạp <mark>xưởng</mark>"],
  ])("marks whole words only (%s)", (_, text, words, expected) => {
    expect(highlightText(text, words, "<mark>", "</mark>")).toBe(expected)
  })
})

describe("shorterQueries", () => {
  const groups = [
    { term: "mien", alternatives: [], prefix: false },
    { term: "dong", alternatives: ["dongg"], prefix: false },
    { term: "ca", alternatives: [], prefix: true },
  ]

  it("drops the last words one by one, longest first", () => {
    expect(shorterQueries(groups, "all")).toEqual([toTsQuery(groups.slice(0, 2), "all"), toTsQuery(groups.slice(0, 1), "all")])
  })

  it("has nothing shorter for one word or for any-word matching", () => {
    expect(shorterQueries(groups.slice(0, 1), "all")).toEqual([])
    expect(shorterQueries(groups, "any")).toEqual([])
  })
})
