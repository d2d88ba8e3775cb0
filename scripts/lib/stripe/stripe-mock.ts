import { createServer } from "node:net"
import { setTimeout as sleep } from "node:timers/promises"
import { repoRoot } from "../config.ts"
import { startChild, type Child, type ChildGroup } from "../process/child.ts"

export type RunningStripeMock = {
  /** http://127.0.0.1:<port>: an IPv4 literal, so clients never try ::1 where it does not listen. */
  url: string
  port: number
  child: Child
  stop: () => Promise<void>
}

export type StripeMockOptions = {
  /** The stripe-mock binary (scripts/test/tools.ts findStripeMock finds or installs it). */
  binary: string
  /** A fixed port, or a free one chosen by the system when absent or 0. */
  port?: number
  group?: ChildGroup
  logFile?: string
  timeoutMs?: number
}

/** A port the system calls free right now (stripe-mock takes it a moment later). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address()
      const port = typeof address === "object" && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts stripe-mock (on 127.0.0.1; its HTTPS side on a free port, unused) as a child and waits until it answers an
 * authenticated request. It keeps no state: every answer is a fixture with the request's
 * scalar parameters (amount, currency) reflected into it.
 */
export async function startStripeMock(options: StripeMockOptions): Promise<RunningStripeMock> {
  const port = options.port || (await freePort())
  const child = startChild({
    name: "stripe-mock",
    command: options.binary,
    // stripe-mock also serves HTTPS, on 12112 unless told otherwise, so two of them clash
    // there; ours takes any free port for it.
    args: ["-http-addr", `127.0.0.1:${port}`, "-https-addr", "127.0.0.1:"],
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "" },
    group: options.group,
    logFile: options.logFile,
    stopGraceMs: 3_000,
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntilAnswering(child, url, options.timeoutMs ?? 20_000)
  } catch (error) {
    await child.stop()
    throw error
  }
  return { url, port, child, stop: () => child.stop() }
}

async function waitUntilAnswering(child: Child, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void child.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`stripe-mock stopped while starting. Its last output:\n${child.tail.text()}`)
    try {
      const response = await fetch(`${url}/v1/balance`, {
        headers: { authorization: "Bearer sk_test_ready" },
        signal: AbortSignal.timeout(2_000),
      })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  throw new Error(`stripe-mock did not answer at ${url} within ${timeoutMs / 1000} s. Its last output:\n${child.tail.text()}`)
}
