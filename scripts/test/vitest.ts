import { spawn } from "node:child_process"
import path from "node:path"
import { repoRoot } from "#scripts/lib/config.ts"
import { installedFile } from "#scripts/lib/medusa/cli.ts"
import { say, seconds } from "#scripts/lib/progress.ts"
import { countReport, failedTests, type Counts, type Failure } from "./summary.ts"

export type ProjectRun = { project: string; counts: Counts; failures: Failure[]; exitCode: number | null }

/**
 * Runs one vitest project with its output shown as it goes, and a JSON report beside it
 * so the final line can sum every project. A project without test files passes with a
 * note, so the suite runs while teammates are still adding theirs.
 */
export async function runVitestProject(project: string, reportDir: string, env: NodeJS.ProcessEnv): Promise<ProjectRun> {
  const report = path.join(reportDir, `${project}.json`)
  const started = performance.now()
  say(`\nRunning the ${project} tests…`)
  const child = spawn(
    process.execPath,
    [
      installedFile("vitest/vitest.mjs"),
      "run",
      "--project",
      project,
      "--passWithNoTests",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    { cwd: repoRoot, env, stdio: ["ignore", "inherit", "inherit"] },
  )
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once("error", () => resolve(127))
    child.once("exit", (code) => resolve(code))
  })
  const counts = countReport(report)
  // A crash before the report was written still has to count as a failure.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  say(`The ${project} tests took ${seconds(started)}: ${counts.passed} passed, ${counts.failed} failed.`)
  return { project, counts, failures: failedTests(report, repoRoot), exitCode }
}
