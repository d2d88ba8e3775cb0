import { setTimeout as sleep } from "node:timers/promises"
import type { Child } from "../process/child.ts"
import { startMedusa, type MedusaContext } from "./cli.ts"

/** shared: requests, jobs and subscribers in one process; server: requests only; worker: the rest. */
export type WorkerMode = "shared" | "server" | "worker"

export type MedusaServerOptions = {
  /** Unset, the process keeps whatever MEDUSA_WORKER_MODE its environment has (shared by default). */
  workerMode?: WorkerMode
  /** The child's name in progress lines and errors ("medusa" unless several run). */
  name?: string
  /** How long booting may take; several instances starting at once on two cores need longer. */
  timeoutMs?: number
}

/**
 * `medusa start` from commerce/ on the TypeScript sources. NODE_ENV=production makes it
 * serve the prebuilt admin instead of starting Vite's dev server. A worker listens too,
 * but only for /health, which is how we know it finished booting.
 */
export async function startMedusaServer(
  context: MedusaContext,
  port: number,
  logFile: string,
  options: MedusaServerOptions = {},
): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...context.env, NODE_ENV: "production", MEDUSA_PORT: String(port), PORT: String(port) }
  if (options.workerMode) env.MEDUSA_WORKER_MODE = options.workerMode
  const child = startMedusa(options.name ?? "medusa", ["start", "--port", String(port)], { ...context, env }, logFile)
  try {
    await waitForHealth(child, `http://localhost:${port}/health`, options.timeoutMs ?? 180_000)
  } catch (error) {
    await child.stop()
    throw error
  }
  return child
}

async function waitForHealth(child: Child, url: string, timeoutMs: number): Promise<void> {
  let exitCode: number | null | undefined
  void child.exited.then((code) => (exitCode = code))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      const hint = child.tail.includes("EADDRINUSE") ? " Its port is taken: stop what uses it or set MEDUSA_PORT." : ""
      throw new Error(`Medusa stopped while starting (exit code ${exitCode ?? "signal"}).${hint}\n${child.tail.text()}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  throw new Error(`Medusa did not answer ${url} within ${timeoutMs / 1000} s.\n${child.tail.text()}`)
}
