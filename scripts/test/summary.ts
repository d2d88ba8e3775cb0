import { existsSync, readFileSync } from "node:fs"

export type Counts = { passed: number; failed: number; skipped: number }

type JsonReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: {
    name: string
    status: string
    message?: string
    assertionResults: { fullName?: string; title?: string; status: string; failureMessages?: string[] }[]
  }[]
}

export type Failure = { file: string; test: string; reason: string }

/**
 * Counts from vitest's JSON report. A file that fails before any test runs (a syntax or
 * import error) has no test results of its own, so it counts as one failure: otherwise a
 * broken file would silently vanish from the total.
 */
export function countReport(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 }
  const report = JSON.parse(readFileSync(file, "utf8")) as JsonReport
  const brokenFiles = report.testResults.filter((result) => result.status === "failed" && result.assertionResults.length === 0).length
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

/**
 * The failed tests of a JSON report, with the first line of each reason. `npm test` prints
 * them again just above its last line, because a CI log is often read from its end only and
 * the failure itself scrolled past hundreds of lines earlier.
 */
export function failedTests(file: string, root: string): Failure[] {
  if (!existsSync(file)) return []
  const report = JSON.parse(readFileSync(file, "utf8")) as JsonReport
  const firstLine = (text: string | undefined) => (text ?? "").split("\n").find((line) => line.trim() !== "")?.trim().slice(0, 300) ?? ""
  return report.testResults.flatMap((result) => {
    const where = result.name.startsWith(root) ? result.name.slice(root.length).replace(/^\//, "") : result.name
    const failed = result.assertionResults.filter((test) => test.status === "failed")
    if (failed.length === 0 && result.status === "failed") return [{ file: where, test: "(the file itself)", reason: firstLine(result.message) }]
    return failed.map((test) => ({ file: where, test: test.fullName ?? test.title ?? "", reason: firstLine(test.failureMessages?.[0]) }))
  })
}

/** The failures as lines for the end of a run; nothing when every test passed. */
export function failureLines(failures: Failure[]): string[] {
  if (failures.length === 0) return []
  return [
    `Failed (${failures.length}):`,
    ...failures.map((failure) => `- ${failure.file} › ${failure.test}${failure.reason ? `\n    ${failure.reason}` : ""}`),
  ]
}

export function addCounts(all: Counts[]): Counts {
  return all.reduce(
    (sum, next) => ({ passed: sum.passed + next.passed, failed: sum.failed + next.failed, skipped: sum.skipped + next.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  )
}

/** The last line of `npm test`, in the exact shape CI and people look for. */
export function summaryLine(counts: Counts): string {
  const base = `${counts.passed} passed, ${counts.failed} failed`
  return counts.skipped > 0 ? `${base}, ${counts.skipped} skipped` : base
}
