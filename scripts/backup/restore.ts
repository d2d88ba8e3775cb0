import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { openDatabase } from "#scripts/lib/backup/database-for-data-dir.ts"
import { readManifest, RestoreRefused, restoreDatabase } from "#scripts/lib/backup/restore-database.ts"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { isAlive } from "#scripts/lib/process/pids.ts"
import { say } from "#scripts/lib/progress.ts"

/**
 * `npm run restore -- <backup folder>`: replaces every row of the database with the backup's
 * (in one transaction) and puts its photos back. Refused while `npm start` runs on the same
 * data folder: a running market would keep writing into what is being replaced.
 */
const from = process.argv[2]
if (!from) {
  say("Name the backup folder: npm run restore -- .data/backups/<date-time>")
  process.exit(2)
}
const config = loadConfig()
const runFile = path.join(config.dataDir, "run.json")
const owner = existsSync(runFile) ? (JSON.parse(readFileSync(runFile, "utf8")) as { owner?: number }).owner : undefined
if (owner && isAlive(owner)) {
  say(`The market is running on ${config.dataDir} (PID ${owner}). Stop it (Ctrl-C in its terminal), then restore.`)
  process.exit(2)
}
const fromDir = path.resolve(from)
try {
  const manifest = await readManifest(fromDir)
  say(`Restoring the backup of ${manifest.created_at} (${manifest.tables.length} tables)…`)
  const database = await openDatabase(config)
  try {
    await restoreDatabase({ databaseUrl: database.url, fromDir, photosDir: path.join(repoRoot, "commerce/static/photos") })
  } finally {
    await database.close()
  }
  say("Done. Start the market with npm start, then run npm run reindex: search indexes are rebuilt from the restored catalog, not restored.")
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error
  say(`Nothing was changed: ${error.message}`)
  process.exit(1)
}
