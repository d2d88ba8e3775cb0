import { rm, mkdir } from "node:fs/promises"
import path from "node:path"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { say, seconds, step } from "#scripts/lib/progress.ts"
import { relocatedBase } from "#scripts/lib/postgres/os-user.ts"
import { ensureSecrets } from "#scripts/lib/secrets.ts"
import { startStripeMock, type RunningStripeMock } from "#scripts/lib/stripe/stripe-mock.ts"
import { stripeEnvironment, stripeTestSettings } from "#scripts/lib/stripe/test-keys.ts"
import { startStack, type Stack } from "../start/stack.ts"
import { addCounts, failureLines, summaryLine, type Counts, type Failure } from "./summary.ts"
import { findChromium, findStripeMock, MissingToolError } from "./tools.ts"
import { runVitestProject, type ProjectRun } from "./vitest.ts"

/**
 * `npm test`: unit tests, then a fresh test stack (its own data folder and ports, wiped
 * each run so the seed is tested from nothing), then integration and end-to-end tests
 * against it. The stack is always stopped; any failure makes the exit code non-zero.
 */
const started = performance.now()
const results: Counts[] = []
const failures: Failure[] = []
const record = (run: ProjectRun) => {
  results.push(run.counts)
  failures.push(...run.failures)
}
let stack: Stack | undefined
let stripeMockServer: RunningStripeMock | undefined
let crashed = false
const interrupted = new AbortController()

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`\nInterrupted (${signal}): stopping the test stack…`)
    // Stops the stack even mid-start; the `finally` below waits for it, then we exit.
    interrupted.abort()
    if (stack) void stack.stop().then(() => stripeMockServer?.stop()).then(() => process.exit(130))
    else if (stripeMockServer) void stripeMockServer.stop().then(() => process.exit(130))
  })
}

let chromium: string
let stripeMock: string
try {
  chromium = findChromium()
  stripeMock = await findStripeMock()
} catch (error) {
  if (!(error instanceof MissingToolError)) throw error
  say(error.message)
  process.exit(1)
}

const reportDir = path.join(repoRoot, ".data/test-reports")
await rm(reportDir, { recursive: true, force: true })
await mkdir(reportDir, { recursive: true })
const baseEnv = { ...process.env, CHROMIUM_PATH: chromium, STRIPE_MOCK_PATH: stripeMock }
record(await runVitestProject("unit", reportDir, baseEnv))

const config = loadConfig({
  CHO_PHIEN_DATA_DIR: path.join(repoRoot, ".data/test"),
  PG_PORT: process.env.TEST_PG_PORT || "54339",
  MEDUSA_PORT: process.env.TEST_MEDUSA_PORT || "9100",
  STOREFRONT_PORT: process.env.TEST_STOREFRONT_PORT || "4421",
  // Never the DATABASE_URL of `npm start`: the tests write to the database they are given.
  DATABASE_URL: process.env.TEST_DATABASE_URL,
  REDIS_URL: process.env.TEST_REDIS_URL,
})

try {
  await step(`Wiping ${path.relative(repoRoot, config.dataDir)} so the seed is tested fresh`, async () => {
    await rm(config.dataDir, { recursive: true, force: true })
    await rm(relocatedBase(config.dataDir), { recursive: true, force: true })
  })
  // Cards are on in the test stack: Medusa talks to stripe-mock, and the tests get the
  // webhook secret so they can sign the events Stripe would send.
  stripeMockServer = await step("Starting stripe-mock", () =>
    startStripeMock({
      binary: stripeMock,
      port: Number(process.env.TEST_STRIPE_MOCK_PORT || "12211"),
      logFile: path.join(config.dataDir, "logs/stripe-mock.log"),
    }),
  )
  config.stripe = stripeTestSettings(stripeMockServer.url)
  say("\nStarting the test stack:")
  stack = await startStack({
    config,
    signal: interrupted.signal,
    onCrash: (name, output) => {
      crashed = true
      say(`\n${name} of the test stack stopped unexpectedly. Its last output:\n${output}`)
    },
  })
  const secrets = await ensureSecrets(config.dataDir)
  const database = new URL(stack.databaseUrl)
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    CHO_PHIEN_MEDUSA_URL: stack.urls.medusa,
    CHO_PHIEN_STOREFRONT_URL: stack.urls.storefront.replace(/\/$/, ""),
    CHO_PHIEN_PUBLISHABLE_KEY: stack.publishableKey ?? "",
    CHO_PHIEN_DATA_DIR: config.dataDir,
    DATABASE_URL: stack.databaseUrl,
    STOREFRONT_OUT_DIR: stack.storefrontDir,
    MEDUSA_PORT: String(config.medusaPort),
    STOREFRONT_PORT: String(config.storefrontPort),
    // For @medusajs/test-utils, which creates throw-away databases on the same server.
    DB_HOST: database.hostname,
    DB_PORT: database.port || "5432",
    DB_USERNAME: decodeURIComponent(database.username),
    DB_PASSWORD: config.databaseUrl ? decodeURIComponent(database.password) : secrets.pgPassword,
    ...stripeEnvironment(config.stripe),
  }
  say(`Test stack ready in ${seconds(started)} since the start of \`npm test\`.`)
  for (const project of ["integration", "e2e"]) {
    if (interrupted.signal.aborted) break
    record(await runVitestProject(project, reportDir, env))
  }
} catch (error) {
  say(`\nThe test stack could not start, so integration and e2e tests did not run:\n${error instanceof Error ? error.message : String(error)}`)
  results.push({ passed: 0, failed: 1, skipped: 0 })
} finally {
  await step("Stopping the test stack", async () => {
    await stack?.stop()
    await stripeMockServer?.stop()
  })
}

const total = addCounts(results)
if (crashed) total.failed += 1
say(`\nnpm test took ${seconds(started)}.`)
for (const line of failureLines(failures)) say(line)
say(summaryLine(total))
process.exit(total.failed > 0 ? 1 : 0)
