import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { connect } from "node:net"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { repoRoot } from "../config.ts"
import { startChild, type Child, type ChildGroup } from "../process/child.ts"
import { freePort } from "../stripe/stripe-mock.ts"

export type RunningRedis = {
  /** redis://127.0.0.1:<port>: IPv4, so clients never try ::1 where it does not listen. */
  url: string
  port: number
  child: Child
  stop: () => Promise<void>
}

export type RedisOptions = {
  /** A fixed port, or a free one chosen by the system when absent or 0. */
  port?: number
  /** Working folder (its log goes there); nothing is persisted: the tests want a clean server. */
  dir: string
  group?: ChildGroup
  binary?: string
  timeoutMs?: number
}

export const REDIS_SERVER = "/usr/bin/redis-server"

export class MissingRedisError extends Error {}

/**
 * Starts Debian's redis-server as a child with persistence off, on 127.0.0.1 only, and
 * waits until it answers PING. The scaled-out mode (REDIS_URL) and its tests use it.
 */
export async function startRedis(options: RedisOptions): Promise<RunningRedis> {
  const binary = options.binary ?? REDIS_SERVER
  if (!existsSync(binary)) {
    throw new MissingRedisError(`redis-server is missing at ${binary}: apt-get install redis-server, then run this again.`)
  }
  await mkdir(options.dir, { recursive: true })
  const port = options.port || (await freePort())
  const child = startChild({
    name: "redis-server",
    command: binary,
    args: ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", options.dir],
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "" },
    group: options.group,
    logFile: path.join(options.dir, "redis.log"),
    stopGraceMs: 3_000,
  })
  try {
    await waitForPong(child, port, options.timeoutMs ?? 10_000)
  } catch (error) {
    await child.stop()
    throw error
  }
  return { url: `redis://127.0.0.1:${port}`, port, child, stop: () => child.stop() }
}

async function waitForPong(child: Child, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`redis-server exited at start. Its last output:\n${child.tail.text()}`)
    }
    if (await pong(port)) return
    await sleep(100)
  }
  throw new Error(`redis-server did not answer on port ${port} within ${timeoutMs} ms. Its last output:\n${child.tail.text()}`)
}

function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")))
  })
}
