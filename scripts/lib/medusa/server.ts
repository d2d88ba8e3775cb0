import { setTimeout as sleep } from "node:timers/promises"
import type { Child } from "../process/child.ts"
import { startMedusa, type MedusaContext } from "./cli.ts"

/**
 * `medusa start` from commerce/ on the TypeScript sources. NODE_ENV=production makes it
 * serve the prebuilt admin instead of starting Vite's dev server.
 */
export async function startMedusaServer(context: MedusaContext, port: number, logFile: string): Promise<Child> {
  const env = { ...context.env, NODE_ENV: "production" }
  const child = startMedusa("medusa", ["start", "--port", String(port)], { ...context, env }, logFile)
  try {
    await waitForHealth(child, `http://localhost:${port}/health`, 180_000)
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
