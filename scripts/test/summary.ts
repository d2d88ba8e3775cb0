import { existsSync, readFileSync } from "node:fs"

export type Counts = { passed: number; failed: number; skipped: number }

type JsonReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { status: string; message?: string; assertionResults: unknown[] }[]
}

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
