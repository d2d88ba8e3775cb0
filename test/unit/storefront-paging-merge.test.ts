import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { assemble } from "#scripts/lib/storefront/build-tree.ts"
import { pagesToClear } from "#scripts/lib/storefront/stale-pages.ts"
import { inlineHashes, pageHashes, type PageHashCache } from "#scripts/serve/astro-security-headers.ts"

function write(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}

/**
 * A category that shrank from 7 pages to 3: the partial build renders its 3 pages, and the
 * merged site must hold exactly those, not pages 4–7 of the live build beside them.
 */
describe("merging a partial build after a listing shrank", () => {
  let work: string
  const dir = (name: string) => path.join(work, name)
  const page = (root: string, file: string) => path.join(root, file, "index.html")

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), "cho-phien-paging-"))
    for (const prefix of ["danh-muc/nong-san", "en/categories/nong-san"]) {
      write(dir("live"), `${prefix}/index.html`, "trang 1 cũ")
      const word = prefix.startsWith("en") ? "page" : "trang"
      for (let n = 2; n <= 7; n++) write(dir("live"), `${prefix}/${word}/${n}/index.html`, `trang ${n} cũ`)
      write(dir("partial"), `${prefix}/index.html`, "trang 1 mới")
      for (let n = 2; n <= 3; n++) write(dir("partial"), `${prefix}/${word}/${n}/index.html`, `trang ${n} mới`)
    }
    // Another category and household the change does not touch keep their later pages.
    write(dir("live"), "danh-muc/thu-cong/trang/2/index.html", "thủ công 2")
    write(dir("live"), "nguoi-ban/ho-b/trang/2/index.html", "hộ B 2")
  })
  afterEach(() => rmSync(work, { recursive: true, force: true }))

  it("leaves only the pages the listing has now, in both languages, and keeps untouched listings' pages shared", async () => {
    const touched = { removedProducts: [], categories: ["nong-san"], producers: ["ho-a"] }
    await assemble({ live: dir("live"), partial: dir("partial"), target: dir("next"), clear: pagesToClear({ vi: touched, en: touched }) })
    for (const [prefix, word] of [["danh-muc/nong-san", "trang"], ["en/categories/nong-san", "page"]]) {
      expect(readFileSync(page(dir("next"), prefix), "utf8")).toBe("trang 1 mới")
      for (let n = 2; n <= 3; n++) expect(readFileSync(page(dir("next"), `${prefix}/${word}/${n}`), "utf8")).toBe(`trang ${n} mới`)
      for (let n = 4; n <= 7; n++) expect(existsSync(page(dir("next"), `${prefix}/${word}/${n}`)), `${prefix} ${n}`).toBe(false)
    }
    for (const kept of ["danh-muc/thu-cong/trang/2", "nguoi-ban/ho-b/trang/2"]) {
      expect(statSync(page(dir("next"), kept)).ino).toBe(statSync(page(dir("live"), kept)).ino)
    }
    // The live build is never changed: buyers keep reading it until the swap.
    expect(existsSync(page(dir("live"), "danh-muc/nong-san/trang/7"))).toBe(true)
    expect(readFileSync(page(dir("live"), "danh-muc/nong-san"), "utf8")).toBe("trang 1 cũ")
  })
})

/**
 * The partial build's _headers: a page that is the live build's own file (a hard link) keeps
 * the hashes recorded for it, so 20,000 unchanged pages are not read again; any other file
 * is read.
 */
describe("hashing the inline styles of a merged build", () => {
  let work: string
  const dir = (name: string) => path.join(work, name)
  const styled = (css: string) => `<html><head><style>${css}</style></head><body></body></html>`

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), "cho-phien-hashes-"))
    write(dir("live"), "danh-muc/a/index.html", styled("a{}"))
    write(dir("live"), "danh-muc/b/index.html", styled("b{}"))
    write(dir("partial"), "danh-muc/b/index.html", styled("b{color:red}"))
  })
  afterEach(() => rmSync(work, { recursive: true, force: true }))

  it("reuses the recorded hashes of linked pages and reads every page that changed", async () => {
    const live: PageHashCache = {}
    const first = await inlineHashes(dir("live"), { next: live })
    expect(first.styleHashes).toHaveLength(2)
    expect(Object.keys(live).sort()).toEqual(["danh-muc/a/index.html", "danh-muc/b/index.html"])
    // Marks show which entries were taken from the record rather than read from the file.
    const marked: PageHashCache = Object.fromEntries(Object.entries(live).map(([key, entry]) => [key, { ...entry, styleHashes: [`'mark-${key}'`] }]))

    const fresh = await inlineHashes(dir("partial"))
    await assemble({ live: dir("live"), partial: dir("partial"), target: dir("next"), clear: [] })
    const next: PageHashCache = {}
    const merged = await inlineHashes(dir("next"), { previous: marked, next })
    expect(merged.styleHashes).toEqual(["'mark-danh-muc/a/index.html'", ...fresh.styleHashes].sort())
    expect(next["danh-muc/b/index.html"]?.styleHashes).toEqual(fresh.styleHashes)
    // Without a record every page is read.
    expect((await inlineHashes(dir("next"))).styleHashes).toEqual([...pageHashes(styled("a{}")).styleHashes, ...fresh.styleHashes].sort())
  })
})
