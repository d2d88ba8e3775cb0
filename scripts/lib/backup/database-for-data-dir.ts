import pg from "pg"
import type { OrchestratorConfig } from "../config.ts"
import { startEmbeddedPostgres } from "../postgres/embedded.ts"
import { ChildGroup } from "../process/child.ts"
import { ensureSecrets } from "../secrets.ts"

export const DATABASE_NAME = "cho_phien"

/**
 * The database a command works on: DATABASE_URL, or the embedded one of the data folder,
 * started for the command's duration when `npm start` is not already running it.
 */
export async function openDatabase(config: OrchestratorConfig): Promise<{ url: string; close: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined }
  const secrets = await ensureSecrets(config.dataDir)
  const url = `postgres://postgres:${secrets.pgPassword}@localhost:${config.pgPort}/${DATABASE_NAME}`
  if (await answers(url)) return { url, close: async () => undefined }
  const group = new ChildGroup()
  const running = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.pgPort,
    password: secrets.pgPassword,
    database: DATABASE_NAME,
    group,
  })
  return { url: running.url, close: () => group.stopAll() }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}
