import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import { createWriteStream, mkdirSync } from "node:fs"
import path from "node:path"
import { LineTail } from "./line-tail.ts"

export type ChildSpec = {
  /** A short name used in progress lines and error messages ("medusa", "seed"). */
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** Echo the child's output to our own stdout (for long-running servers when verbose). */
  echo?: boolean
  uid?: number
  gid?: number
  /** How this child prefers to be asked to stop (postgres: SIGINT, "fast shutdown"). */
  stopSignal?: NodeJS.Signals
  stopGraceMs?: number
  /** Appends everything the child prints to this file (servers: the terminal shows only progress). */
  logFile?: string
  /** The stack this child belongs to, which stops it on shutdown. */
  group?: ChildGroup
}

export type Child = {
  name: string
  process: ChildProcess
  tail: LineTail
  /** Resolves with the exit code (null if killed by a signal) once the child has exited. */
  exited: Promise<number | null>
  /** Asks the child to stop, escalating to SIGKILL after `graceMs`. */
  stop: (signal?: NodeJS.Signals, graceMs?: number) => Promise<void>
}

/** The children of one stack, stopped newest first: servers before the database they use. */
export class ChildGroup {
  private readonly children: Child[] = []

  add(child: Child): void {
    this.children.push(child)
    void child.exited.then(() => this.children.splice(this.children.indexOf(child), 1))
  }

  async stopAll(): Promise<void> {
    for (const child of [...this.children].reverse()) await child.stop()
  }
}

export class ChildFailedError extends Error {}

/**
 * Spawns a child in its own process group: Ctrl-C in the terminal then reaches only us,
 * and we stop the children in order (web servers before the database they use).
 */
export function startChild(spec: ChildSpec): Child {
  const options: SpawnOptions = {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    uid: spec.uid,
    gid: spec.gid,
  }
  const child = spawn(spec.command, spec.args, options)
  const tail = new LineTail(40)
  const log = spec.logFile ? openLog(spec.logFile) : undefined
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      tail.push(chunk.toString("utf8"))
      log?.write(chunk)
      if (spec.echo) process.stdout.write(chunk)
    })
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      tail.push(`${spec.command}: ${error.message}\n`)
      resolve(127)
    })
    child.once("exit", (code) => {
      log?.end()
      resolve(code)
    })
  })
  const stop = async (signal = spec.stopSignal ?? "SIGTERM", graceMs = spec.stopGraceMs ?? 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    signalGroup(child, signal)
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
    await exited
    clearTimeout(timer)
  }
  const handle = { name: spec.name, process: child, tail, exited, stop }
  spec.group?.add(handle)
  return handle
}

function openLog(file: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  return createWriteStream(file, { flags: "a" })
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** Runs a command to completion; on failure the error carries its last output lines. */
export async function runChild(spec: ChildSpec): Promise<string> {
  const child = startChild(spec)
  const code = await child.exited
  if (code !== 0) {
    throw new ChildFailedError(
      `${spec.name} failed (exit code ${code ?? "signal"}). Its last output:\n${child.tail.text()}`
    )
  }
  return child.tail.text()
}
