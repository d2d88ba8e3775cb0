import { execFileSync, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdirSync, chownSync } from "node:fs"
import path from "node:path"

export type RunAs = { uid: number; gid: number } | undefined

/**
 * PostgreSQL refuses to run as root. As root we run initdb and postgres as the `postgres`
 * OS user (created if missing, as Debian's own package would), otherwise as ourselves.
 */
export function postgresOsUser(): RunAs {
  if (process.getuid?.() !== 0) return undefined
  if (!userExists("postgres")) {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"])
  }
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim())
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim())
  return { uid, gid }
}

function userExists(name: string): boolean {
  return spawnSync("id", ["-u", name]).status === 0
}

/** True when `user` can reach `dir`: every parent folder must be searchable by it. */
export function canReach(dir: string, user: RunAs): boolean {
  if (!user) return true
  const result = spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: user.uid, gid: user.gid })
  return result.status === 0
}

/**
 * Chooses where the cluster lives. Normally `<data>/pg`. As root, a repository under a
 * private folder (say /root, mode 0700) cannot be traversed by `postgres`; rather than
 * loosen the permissions of someone's home, the cluster then lives in
 * /var/lib/cho-phien/<hash of the data folder>/pg, one per data folder.
 */
/** Where a cluster that cannot live under `dataDir` goes instead (see choosePgDir). */
export function relocatedBase(dataDir: string): string {
  return path.join("/var/lib/cho-phien", createHash("sha256").update(dataDir).digest("hex").slice(0, 12))
}

export function choosePgDir(dataDir: string, user: RunAs): { pgDir: string; relocated: boolean } {
  const preferred = path.join(dataDir, "pg")
  if (!user || canReach(dataDir, user)) return { pgDir: preferred, relocated: false }
  const base = relocatedBase(dataDir)
  mkdirSync(base, { recursive: true, mode: 0o755 })
  chownSync(base, user.uid, user.gid)
  return { pgDir: path.join(base, "pg"), relocated: true }
}
