import path from "node:path"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { say, seconds } from "#scripts/lib/progress.ts"
import { startStack, type Stack } from "./stack.ts"

/** `npm start`: the whole market on this machine, stopped cleanly by Ctrl-C or SIGTERM. */
const started = performance.now()
const controller = new AbortController()
let stack: Stack | undefined
let shuttingDown = false

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return
  shuttingDown = true
  say(`\nStopping (${signal})…`)
  controller.abort()
  // While starting, aborting makes startStack stop what it started and then reject;
  // the catch below finishes the shutdown once that is done.
  if (!stack) return
  await stack.stop()
  stopped()
}

function stopped(): never {
  say("Stopped. The data is kept for the next start.")
  process.exit(0)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(signal))
}

// `kill <npm pid>` reaches npm's shell but not us; when our parent goes, so do we.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) void shutdown("parent exited")
}, 1_000).unref()

try {
  const config = loadConfig()
  stack = await startStack({
    config,
    signal: controller.signal,
    onCrash: (name, output) => {
      say(`\n${name} stopped unexpectedly, so everything was stopped. Its last output:\n${output}`)
      say(`Its full log is in ${path.join(config.dataDir, "logs")}.`)
      process.exit(1)
    },
  })
  if (shuttingDown) {
    // The signal came just as start-up finished; abort has already stopped the stack.
    await stack.stop()
    stopped()
  }
  const shown = (file: string) => path.relative(process.cwd(), path.join(config.dataDir, file)) || file
  say(`\nChợ Phiên is running (ready in ${seconds(started)}):`)
  say(`  Storefront   ${stack.urls.storefront}`)
  say(`  Store API    ${stack.urls.medusa}/store   (publishable key in ${shown("publishable-key")})`)
  say(`  Admin        ${stack.urls.admin}`)
  if (stack.operatorCreated) {
    say(`  Operator login, shown only this once (kept in ${shown("operator.json")}):`)
    say(`    email     ${stack.operator.email}`)
    say(`    password  ${stack.operator.password}`)
  }
  say("Press Ctrl-C to stop.")
} catch (error) {
  if (shuttingDown) stopped()
  else {
    const message = error instanceof Error ? error.message : String(error)
    say(`\nChợ Phiên could not start: ${message}`)
    say(`(Run from ${repoRoot}; the data folder is kept as it was.)`)
    process.exit(1)
  }
}
