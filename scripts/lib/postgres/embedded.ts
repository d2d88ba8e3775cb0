import { existsSync } from "node:fs"
import { chown, mkdir, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { runChild, startChild, type Child, type ChildGroup } from "../process/child.ts"
import { findPostgresBinaries } from "./binaries.ts"
import { canReach, choosePgDir, postgresOsUser, type RunAs } from "./os-user.ts"
import { clearStalePostmaster } from "./stale-pid.ts"

export type EmbeddedPostgresOptions = {
  dataDir: string
  port: number
  password: string
  database: string
  group: ChildGroup
}

export type RunningPostgres = {
  /** Uses the literal host "localhost": @medusajs/test-utils turns SSL on for any other host. */
  url: string
  pgDir: string
  relocated: boolean
  child: Child
  stop: () => Promise<void>
}

const USER = "postgres"

/** Starts the embedded cluster (initialising it on first use) and makes sure the database exists. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const binaries = await findPostgresBinaries()
  const runAs = postgresOsUser()
  if (!canReach(path.dirname(binaries.postgres), runAs)) {
    throw new Error(
      `The postgres OS user cannot reach ${binaries.postgres}. Make the folders above node_modules searchable (chmod o+x) or set DATABASE_URL.`
    )
  }
  const { pgDir, relocated } = choosePgDir(options.dataDir, runAs)
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    await initCluster(binaries.initdb, pgDir, options, runAs)
  }
  await clearStalePostmaster(pgDir)
  const child = startChild({
    name: "postgres",
    command: binaries.postgres,
    // TCP on localhost only: no Unix socket, whose default folder may not exist or be shared.
    args: ["-D", pgDir, "-p", String(options.port), "-c", "listen_addresses=localhost", "-c", "unix_socket_directories="],
    cwd: pgDir,
    env: { ...process.env, LC_MESSAGES: "C" },
    // SIGINT is PostgreSQL's "fast shutdown": it ends sessions and checkpoints, data stays safe.
    stopSignal: "SIGINT",
    stopGraceMs: 20_000,
    group: options.group,
    logFile: path.join(options.dataDir, "logs/postgres.log"),
    ...runAs,
  })
  const url = `postgres://${USER}:${options.password}@localhost:${options.port}/${options.database}`
  await waitUntilAccepting(child, options, pgDir)
  await ensureDatabase(options)
  return { url, pgDir, relocated, child, stop: () => child.stop() }
}

async function initCluster(initdb: string, pgDir: string, options: EmbeddedPostgresOptions, runAs: RunAs) {
  await mkdir(pgDir, { recursive: true, mode: 0o700 })
  // initdb reads the password from a file; only the user running initdb may read it.
  const pwFile = path.join(path.dirname(pgDir), `.pg-password-${process.pid}`)
  await writeFile(pwFile, `${options.password}\n`, { mode: 0o600 })
  try {
    if (runAs) {
      await chown(pgDir, runAs.uid, runAs.gid)
      await chown(pwFile, runAs.uid, runAs.gid)
    }
    await runChild({
      name: "initdb",
      command: initdb,
      args: [
        `--pgdata=${pgDir}`,
        `--username=${USER}`,
        "--auth=scram-sha-256",
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        // The builtin provider needs no OS locales, so a bare container works the same as a laptop.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
      ],
      cwd: path.dirname(pgDir),
      env: { ...process.env, LC_MESSAGES: "C" },
      ...runAs,
    })
  } catch (error) {
    // A half-initialised folder would make every later start fail the same way.
    await rm(pgDir, { recursive: true, force: true })
    throw error
  } finally {
    await rm(pwFile, { force: true })
  }
}

async function waitUntilAccepting(child: Child, options: EmbeddedPostgresOptions, pgDir: string) {
  const deadline = Date.now() + 60_000
  let exitCode: number | null | undefined
  void child.exited.then((code) => (exitCode = code))
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      const hint = child.tail.includes("could not bind")
        ? `Port ${options.port} is taken: stop what uses it or set PG_PORT.`
        : `Look at the output below; the cluster is in ${pgDir}.`
      throw new Error(`PostgreSQL stopped while starting. ${hint}\n${child.tail.text()}`)
    }
    if (await canConnect(options, "postgres")) return
    await sleep(150)
  }
  await child.stop()
  throw new Error(`PostgreSQL did not accept connections within 60 s.\n${child.tail.text()}`)
}

async function canConnect(options: EmbeddedPostgresOptions, database: string): Promise<boolean> {
  const client = new pg.Client({ host: "localhost", port: options.port, user: USER, password: options.password, database })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function ensureDatabase(options: EmbeddedPostgresOptions): Promise<void> {
  const client = new pg.Client({ host: "localhost", port: options.port, user: USER, password: options.password, database: "postgres" })
  await client.connect()
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database])
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`)
    }
  } finally {
    await client.end()
  }
}
