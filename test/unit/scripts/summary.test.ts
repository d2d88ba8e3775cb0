import { spawnSync } from "node:child_process"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { installedFile } from "#scripts/lib/medusa/cli.ts"
import { countReport, failedTests, failureLines } from "#scripts/test/summary.ts"

// A real vitest run over two throw-away files, so the report's shape is vitest's own and
// not a copy of it that could drift when vitest changes.
describe("failures listed at the end of npm test", () => {
  let dir: string
  let report: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cho-phien-summary-"))
    report = path.join(dir, "report.json")
    await writeFile(
      path.join(dir, "sample.test.ts"),
      [
        'describe("a group", () => {',
        '  it("passes", () => { expect(1).toBe(1) })',
        '  it("fails", () => { expect("mien dong").toBe("miến dong") })',
        "})",
      ].join("\n"),
    )
    await writeFile(path.join(dir, "broken.test.ts"), 'throw new Error("cannot load this file")\n')
    spawnSync(process.execPath, [installedFile("vitest/vitest.mjs"), "run", "--root", dir, "--globals", "--reporter=json", `--outputFile.json=${report}`], {
      stdio: "ignore",
    })
  }, 60_000)

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("names each failed test with the first line of its reason", () => {
    const failures = failedTests(report, dir).sort((a, b) => a.file.localeCompare(b.file))
    expect(failures).toEqual([
      { file: "broken.test.ts", test: "(the file itself)", reason: expect.stringContaining("cannot load this file") },
      { file: "sample.test.ts", test: "a group fails", reason: expect.stringMatching(/^AssertionError: expected 'mien dong' to be 'miến dong'/) },
    ])
    expect(countReport(report)).toEqual({ passed: 1, failed: 2, skipped: 0 })
  })

  it("prints them as a list, and nothing when all passed", () => {
    const lines = failureLines(failedTests(report, dir))
    expect(lines[0]).toBe("Failed (2):")
    expect(lines.slice(1).join("\n")).toContain("- sample.test.ts › a group fails\n    AssertionError")
    expect(failureLines([])).toEqual([])
    expect(failedTests(path.join(dir, "missing.json"), dir)).toEqual([])
  })
})
