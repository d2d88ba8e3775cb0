import path from "node:path"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { summaryLine } from "#scripts/test/summary.ts"

describe("orchestrator configuration", () => {
  it("uses the documented defaults", () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ pgPort: 54329, medusaPort: 9000, storefrontPort: 4321, storefrontHost: "127.0.0.1" })
    expect(config.dataDir).toBe(path.join(repoRoot, ".data"))
    expect(config.databaseUrl).toBeUndefined()
  })

  it.each([["MEDUSA_PORT", "90000"], ["PG_PORT", "abc"], ["STOREFRONT_PORT", "-1"], ["MEDUSA_PORT", "80.5"]])(
    "rejects %s=%s and names the variable",
    (name, value) => {
      expect(() => loadConfig({ [name]: value })).toThrow(name)
    },
  )

  it("rejects two services on one port", () => {
    expect(() => loadConfig({ MEDUSA_PORT: "4321" })).toThrow(/must differ/)
  })

  it("rejects a DATABASE_URL that is not PostgreSQL", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://x@y/z" })).toThrow("DATABASE_URL")
  })

  it("treats empty variables as unset", () => {
    expect(loadConfig({ MEDUSA_PORT: "", DATABASE_URL: "" })).toMatchObject({ medusaPort: 9000, databaseUrl: undefined })
  })
})

describe("test summary line", () => {
  it.each([
    [{ passed: 12, failed: 0, skipped: 0 }, "12 passed, 0 failed"],
    [{ passed: 3, failed: 2, skipped: 1 }, "3 passed, 2 failed, 1 skipped"],
  ])("prints %o as %s", (counts, line) => {
    expect(summaryLine(counts)).toBe(line)
  })
})
