import path from "node:path"
import { backupDatabase } from "#scripts/lib/backup/backup-database.ts"
import { openDatabase } from "#scripts/lib/backup/database-for-data-dir.ts"
import { loadConfig, repoRoot } from "#scripts/lib/config.ts"
import { say } from "#scripts/lib/progress.ts"

/**
 * `npm run backup [-- <folder>]`: the whole database (one consistent snapshot, taken while the
 * market runs) and the uploaded photos into a new folder, by default
 * <data>/backups/<date-time>/. `npm run restore -- <folder>` puts it back.
 */
const config = loadConfig()
const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const outDir = path.resolve(process.argv[2] ?? path.join(config.dataDir, "backups", stamp))
const database = await openDatabase(config)
try {
  say(`Backing up the database into ${path.relative(process.cwd(), outDir) || outDir}…`)
  let tables = 0
  const manifest = await backupDatabase({
    databaseUrl: database.url,
    outDir,
    photosDir: path.join(repoRoot, "commerce/static/photos"),
    onTable: () => {
      tables += 1
      if (tables % 25 === 0) say(`  ${tables} tables…`)
    },
  })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  say(`Done: ${manifest.tables.length} tables, ${rows} rows, ${manifest.photos} photo files (PostgreSQL ${manifest.server_version}).`)
  say(`Restore with: npm run restore -- ${outDir}`)
} finally {
  await database.close()
}
