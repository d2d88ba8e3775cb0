import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { linkTree, overlay, removePage } from "#scripts/lib/storefront/build-tree.ts"

function write(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}

describe("assembling a partial build beside the live one", () => {
  let work: string
  const dir = (name: string) => path.join(work, name)
  const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8")

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), "cho-phien-tree-"))
    write(dir("live"), "san-pham/a/index.html", "A cũ")
    write(dir("live"), "san-pham/b/index.html", "B")
    write(dir("live"), "index.html", "trang chủ cũ")
    write(dir("partial"), "san-pham/a/index.html", "A mới")
    write(dir("partial"), "index.html", "trang chủ mới")
  })
  afterEach(() => rmSync(work, { recursive: true, force: true }))

  it("shares untouched files with the live build and never writes into the live build's files", async () => {
    expect(await linkTree(dir("live"), dir("next"))).toBe(3)
    expect(await overlay(dir("partial"), dir("next"))).toBe(2)
    expect(read(dir("next"), "san-pham/a/index.html")).toBe("A mới")
    expect(read(dir("next"), "index.html")).toBe("trang chủ mới")
    // The live site still serves exactly what it served before.
    expect(read(dir("live"), "san-pham/a/index.html")).toBe("A cũ")
    expect(read(dir("live"), "index.html")).toBe("trang chủ cũ")
    expect(statSync(path.join(dir("next"), "san-pham/b/index.html")).ino).toBe(statSync(path.join(dir("live"), "san-pham/b/index.html")).ino)
  })

  it("removes a page folder, and refuses a path outside the build", async () => {
    await linkTree(dir("live"), dir("next"))
    await removePage(dir("next"), "/san-pham/a/")
    expect(() => statSync(path.join(dir("next"), "san-pham/a/index.html"))).toThrow()
    expect(read(dir("live"), "san-pham/a/index.html")).toBe("A cũ")
    await expect(removePage(dir("next"), "/../live/")).rejects.toThrow(/Refusing/)
    await expect(removePage(dir("next"), "/")).rejects.toThrow(/Refusing/)
  })
})
