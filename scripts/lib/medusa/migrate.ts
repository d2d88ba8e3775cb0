import { rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { repoRoot } from "../config.ts"
import { fingerprint, readMarker } from "../fingerprint.ts"
import { commerceDir, runMedusa, type MedusaContext } from "./cli.ts"

/**
 * `medusa db:migrate` boots every module even when nothing is pending (about 20 s here),
 * so it runs only when what decides the schema changed since the last successful run
 * against this database: our modules, links and migration scripts, medusa-config.ts, and
 * the installed packages (package-lock.json). Delete <data>/migrate-inputs.sha256 to force it.
 * Returns true when it ran.
 */
export async function migrateIfNeeded(dataDir: string, databaseUrl: string, context: MedusaContext): Promise<boolean> {
  const markerFile = path.join(dataDir, "migrate-inputs.sha256")
  const url = new URL(databaseUrl)
  const inputs = fingerprint(
    [
      path.join(commerceDir, "src/modules"),
      path.join(commerceDir, "src/links"),
      path.join(commerceDir, "src/migration-scripts"),
      path.join(commerceDir, "medusa-config.ts"),
      path.join(repoRoot, "package-lock.json"),
    ],
    [url.host + url.pathname],
  )
  if (readMarker(markerFile) === inputs) return false
  await rm(markerFile, { force: true })
  await runMedusa("migrations", ["db:migrate"], context)
  await writeFile(markerFile, `${inputs}\n`)
  return true
}
