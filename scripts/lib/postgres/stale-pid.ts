import { existsSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { isAlive, waitForExit } from "../process/pids.ts"

/**
 * Clears what a killed run left behind. postmaster.pid names the server's PID: if that
 * server is still running (our parent was killed with -9 and it was orphaned) we stop it
 * cleanly; if the PID is dead or now belongs to another program (PIDs are reused quickly
 * in containers, and postgres then refuses to start), the lock file is removed.
 */
export async function clearStalePostmaster(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const [pidLine, dirLine] = readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(pidLine)
  if (Number.isInteger(pid) && pid > 0 && isOurPostmaster(pid, dirLine ?? "")) {
    process.kill(pid, "SIGINT")
    if (!(await waitForExit(pid, 20_000))) {
      process.kill(pid, "SIGQUIT")
      await waitForExit(pid, 5_000)
    }
  }
  // Postgres removes the file itself on a clean shutdown; anything left is stale.
  rmSync(pidFile, { force: true })
}

function isOurPostmaster(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
    return path.basename(cmdline[0] ?? "") === "postgres" && cmdline.includes(dataDir)
  } catch {
    return false
  }
}
