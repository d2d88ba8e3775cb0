import { mkdir, rm } from "node:fs/promises"
import path from "node:path"
import { repoRoot } from "#scripts/lib/config.ts"
import { stopStragglers } from "#scripts/lib/process/stragglers.ts"
import { say, seconds } from "#scripts/lib/progress.ts"
import { chaosSettings } from "../../test/chaos/support/settings.ts"
import { failureLines, summaryLine } from "./summary.ts"
import { findStripeMock, MissingToolError } from "./tools.ts"
import { runVitestProject } from "./vitest.ts"

/**
 * `npm run test:chaos`: the fault tests (kill -9 in checkout, PostgreSQL restarted, search
 * engine gone, scale-out). They take minutes, so they live outside `npm test`. Each file
 * brings up the stack it needs on the chaos ports below (never those of `npm start` or
 * `npm test`), one file at a time; the exit code is non-zero on any failure.
 */
const started = performance.now()

let stripeMock: string
try {
  stripeMock = await findStripeMock()
} catch (error) {
  if (!(error instanceof MissingToolError)) throw error
  say(error.message)
  process.exit(1)
}

const reportDir = path.join(repoRoot, ".data/chaos-reports")
await rm(reportDir, { recursive: true, force: true })
await mkdir(reportDir, { recursive: true })

const settings = chaosSettings()
const env: NodeJS.ProcessEnv = { ...process.env, STRIPE_MOCK_PATH: stripeMock }
say(`Chaos tests: data in ${path.relative(repoRoot, settings.dataDir)}, PostgreSQL ${settings.pgPort}, Medusa ${settings.medusaPort}.`)
say("Each file starts and stops its own servers; the first run also migrates and seeds (a few minutes).")

const run = await runVitestProject("chaos", reportDir, env)
// A file cut short (a hook's timeout) can leave a migration or seed running on its own.
const left = await stopStragglers([settings.dataDir, settings.scaleOutDataDir])
if (left.length > 0) say(`Stopped ${left.length} Medusa process(es) a cut-short test left running (PIDs ${left.join(", ")}).`)
say(`\nnpm run test:chaos took ${seconds(started)}.`)
for (const line of failureLines(run.failures)) say(line)
say(summaryLine(run.counts))
process.exit(run.counts.failed > 0 || run.exitCode !== 0 ? 1 : 0)
