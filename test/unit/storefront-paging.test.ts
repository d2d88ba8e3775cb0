import { describe, expect, it } from "vitest"
import { DEFAULT_PAGE_SIZE, groupNewestFirst, pageCount, pagerEntries, pageSize, paginate, type PagerEntry } from "../../storefront/lib/paging.ts"
import { laterPagesFolder, listingPath } from "../../storefront/lib/routes.ts"
import { pagesToClear } from "#scripts/lib/storefront/stale-pages.ts"

describe("how many pages a listing fills", () => {
  const cases: [total: number, size: number, pages: number][] = [
    [0, 24, 1],
    [1, 24, 1],
    [24, 24, 1],
    [25, 24, 2],
    [48, 24, 2],
    [1916, 24, 80],
    [7, 2, 4],
  ]
  for (const [total, size, pages] of cases) {
    it(`${total} products at ${size} a page fill ${pages} page(s)`, () => {
      expect(pageCount(total, size)).toBe(pages)
    })
  }
})

describe("cutting a listing into pages", () => {
  const cases: [total: number, size: number][] = [[0, 3], [1, 3], [3, 3], [4, 3], [10, 3], [25, 24], [100, 7]]
  for (const [total, size] of cases) {
    it(`puts each of ${total} items on exactly one of its pages, in order, ${size} at most a page`, () => {
      const items = Array.from({ length: total }, (_, i) => i)
      const pages = paginate(items, size)
      expect(pages).toHaveLength(pageCount(total, size))
      expect(pages.flatMap((page) => page.items)).toEqual(items)
      pages.forEach((page, index) => {
        expect(page.number).toBe(index + 1)
        expect(page.count).toBe(pages.length)
        expect(page.total).toBe(total)
        expect(page.items.length).toBeLessThanOrEqual(size)
        // Only the last page may be short, and no page but an empty listing's only one is empty.
        if (index < pages.length - 1) expect(page.items).toHaveLength(size)
        if (total > 0) expect(page.items.length).toBeGreaterThan(0)
      })
    })
  }
})

describe("the page size of a build", () => {
  it("is 24 unless STOREFRONT_PAGE_SIZE says otherwise", () => {
    expect(DEFAULT_PAGE_SIZE).toBe(24)
    expect(pageSize({})).toBe(24)
    expect(pageSize({ STOREFRONT_PAGE_SIZE: "" })).toBe(24)
    expect(pageSize({ STOREFRONT_PAGE_SIZE: "2" })).toBe(2)
    expect(pageSize({ STOREFRONT_PAGE_SIZE: "200" })).toBe(200)
  })
  for (const bad of ["0", "-3", "2.5", "abc", "201"]) {
    it(`refuses STOREFRONT_PAGE_SIZE=${bad}`, () => {
      expect(() => pageSize({ STOREFRONT_PAGE_SIZE: bad })).toThrow(/STOREFRONT_PAGE_SIZE|number/)
    })
  }
})

describe("the order of a listing", () => {
  const p = (id: string, categories: string[]) => ({ id, categories })
  it("is newest first by id (a ULID), under each key an item carries, each item once", () => {
    const items = [p("prod_01A", ["a"]), p("prod_01C", ["a", "b", "a"]), p("prod_01B", ["b"]), p("prod_01D", [])]
    const groups = groupNewestFirst(items, (item) => item.categories)
    expect([...groups.keys()].sort()).toEqual(["a", "b"])
    expect(groups.get("a")?.map((item) => item.id)).toEqual(["prod_01C", "prod_01A"])
    expect(groups.get("b")?.map((item) => item.id)).toEqual(["prod_01C", "prod_01B"])
  })
  it("does not depend on the order the products arrive in (a full and a partial build agree)", () => {
    const items = ["prod_01H5", "prod_01H2", "prod_01H9", "prod_01H1"].map((id) => p(id, ["a"]))
    const forward = groupNewestFirst(items, (item) => item.categories).get("a")
    const backward = groupNewestFirst([...items].reverse(), (item) => item.categories).get("a")
    expect(backward).toEqual(forward)
    expect(forward?.map((item) => item.id)).toEqual(["prod_01H9", "prod_01H5", "prod_01H2", "prod_01H1"])
  })
})

/** A pager as text: "[3]" is the current page, "…" a gap. */
const show = (entries: PagerEntry[]) =>
  entries.map((entry) => (entry.kind === "gap" ? "…" : entry.current ? `[${entry.number}]` : String(entry.number))).join(" ")

describe("the page numbers a pager shows", () => {
  const cases: [current: number, count: number, shown: string][] = [
    [1, 1, "[1]"],
    [1, 2, "[1] 2"],
    [2, 2, "1 [2]"],
    [1, 5, "[1] 2 3 4 5"],
    [3, 5, "1 2 [3] 4 5"],
    [7, 7, "1 2 3 4 5 6 [7]"],
    [1, 8, "[1] 2 … 8"],
    [1, 35, "[1] 2 … 35"],
    [2, 35, "1 [2] 3 … 35"],
    [4, 35, "1 2 3 [4] 5 … 35"],
    [5, 35, "1 … 4 [5] 6 … 35"],
    [18, 35, "1 … 17 [18] 19 … 35"],
    [32, 35, "1 … 31 [32] 33 34 35"],
    [35, 35, "1 … 34 [35]"],
  ]
  for (const [current, count, shown] of cases) {
    it(`page ${current} of ${count}: ${shown}`, () => {
      expect(show(pagerEntries(current, count))).toBe(shown)
    })
  }

  it("always names the first, the last and the current page once, in order, never two gaps side by side", () => {
    for (let count = 1; count <= 40; count++) {
      for (let current = 1; current <= count; current++) {
        const entries = pagerEntries(current, count)
        const numbers = entries.flatMap((entry) => (entry.kind === "page" ? [entry.number] : []))
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b))
        expect(numbers).toContain(1)
        expect(numbers).toContain(count)
        expect(entries.filter((entry) => entry.kind === "page" && entry.current)).toEqual([{ kind: "page", number: current, current: true }])
        // A gap stands for at least two pages; a neighbour of the current page is never hidden.
        entries.forEach((entry, index) => {
          if (entry.kind !== "gap") return
          const before = entries[index - 1]
          const after = entries[index + 1]
          expect(before?.kind === "page" && after?.kind === "page" && after.number - before.number).toBeGreaterThan(2)
        })
        for (const near of [current - 1, current + 1]) if (near >= 1 && near <= count) expect(numbers).toContain(near)
        expect(entries.length).toBeLessThanOrEqual(7)
      }
    }
  })
})

describe("listing addresses", () => {
  const cases: [kind: "category" | "producer", locale: "vi" | "en", page: number, path: string][] = [
    ["category", "vi", 1, "/danh-muc/nong-san/"],
    ["category", "vi", 2, "/danh-muc/nong-san/trang/2/"],
    ["category", "en", 1, "/en/categories/nong-san/"],
    ["category", "en", 35, "/en/categories/nong-san/page/35/"],
    ["producer", "vi", 3, "/nguoi-ban/nong-san/trang/3/"],
    ["producer", "en", 2, "/en/producers/nong-san/page/2/"],
  ]
  for (const [kind, locale, page, path] of cases) {
    it(`page ${page} of a ${kind} in ${locale} is ${path}`, () => {
      expect(listingPath(kind, locale, "nong-san", page)).toBe(path)
      if (page > 1) expect(path.startsWith(laterPagesFolder(kind, locale, "nong-san"))).toBe(true)
    })
  }
})

describe("what a partial build clears from its copy of the live build", () => {
  it("clears gone products' pages and the later pages of every category and household it renders again, in both languages", () => {
    const none = { removedProducts: [], categories: [], producers: [] }
    expect(pagesToClear({ vi: none, en: none })).toEqual([])
    const touched = { removedProducts: ["khan"], categories: ["nong-san"], producers: ["ho-a"] }
    expect(pagesToClear({ vi: touched, en: touched })).toEqual([
      "/danh-muc/nong-san/trang/",
      "/en/categories/nong-san/page/",
      "/en/producers/ho-a/page/",
      "/en/products/khan/",
      "/nguoi-ban/ho-a/trang/",
      "/san-pham/khan/",
    ])
  })
  it("never clears a listing's first page, which links from everywhere point at", () => {
    const touched = { removedProducts: [], categories: ["nong-san"], producers: ["ho-a"] }
    const cleared = pagesToClear({ vi: touched, en: touched })
    for (const first of ["/danh-muc/nong-san/", "/en/categories/nong-san/", "/nguoi-ban/ho-a/", "/en/producers/ho-a/"]) {
      expect(cleared).not.toContain(first)
    }
  })
})
