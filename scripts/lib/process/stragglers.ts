import { readdirSync, readFileSync } from "node:fs"
import { setTimeout as sleep } from "node:timers/promises"

function read(pid: number, file: "cmdline" | "environ"): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8").replaceAll("\0", "\n")
  } catch {
    return ""
  }
}

const alive = (pid: number) => read(pid, "cmdline") !== ""

/**
 * Processes left behind by a test run that was cut short (a hook that timed out mid-seed leaves
 * its `medusa exec` running): every process whose environment names one of `dataDirs` as
 * CHO_PHIEN_DATA_DIR and whose command line contains `marker`. Linux only (reads /proc).
 */
export function findStragglers(dataDirs: string[], marker: string, self = process.pid): number[] {
  const wanted = new Set(dataDirs.map((dir) => `CHO_PHIEN_DATA_DIR=${dir}`))
  let pids: number[] = []
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number)
  } catch {
    return []
  }
  return pids.filter(
    (pid) => pid !== self && read(pid, "cmdline").includes(marker) && read(pid, "environ").split("\n").some((line) => wanted.has(line)),
  )
}

/** Stops them: TERM, then KILL after `graceMs`. Returns the pids it found. */
export async function stopStragglers(dataDirs: string[], marker = "@medusajs/cli", graceMs = 5_000): Promise<number[]> {
  const pids = findStragglers(dataDirs, marker)
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGTERM")
    } catch {
      // Gone already.
    }
  }
  for (const until = Date.now() + graceMs; pids.some(alive) && Date.now() < until; ) await sleep(100)
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // Gone already.
    }
  }
  return pids
}
