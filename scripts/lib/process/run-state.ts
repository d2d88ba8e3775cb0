import { existsSync, readFileSync } from "node:fs"
import { writeFile } from "node:fs/promises"
import path from "node:path"
import { isAlive, waitForExit } from "./pids.ts"

type RunState = { owner?: number; pids: number[] }

/**
 * Servers run in their own process groups, so if the orchestrator is killed with -9 they
 * outlive it and keep their ports. Their PIDs are noted in <data>/run.json; the next start
 * stops the ones still running, after checking /proc that they are still ours. A data
 * folder whose orchestrator is still alive is in use: we refuse rather than fight over it.
 */
export async function stopLeftovers(dataDir: string): Promise<void> {
  const file = path.join(dataDir, "run.json")
  const state: RunState = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as RunState) : { pids: [] }
  const owner = state.owner
  if (owner && owner !== process.pid && isAlive(owner) && commandLine(owner).includes("scripts/")) {
    throw new Error(`${dataDir} is in use by another start (PID ${owner}). Stop it first, or use another CHO_PHIEN_DATA_DIR.`)
  }
  for (const pid of state.pids) {
    if (!isAlive(pid) || !commandLine(pid).includes("@medusajs/cli")) continue
    process.kill(-pid, "SIGTERM")
    if (!(await waitForExit(pid, 10_000))) process.kill(-pid, "SIGKILL")
  }
  await writeFile(file, JSON.stringify({ owner: process.pid, pids: [] } satisfies RunState))
}

export async function recordPids(dataDir: string, pids: number[]): Promise<void> {
  await writeFile(path.join(dataDir, "run.json"), JSON.stringify({ owner: process.pid, pids } satisfies RunState))
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
  } catch {
    return ""
  }
}
