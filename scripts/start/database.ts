import { startEmbeddedPostgres } from "#scripts/lib/postgres/embedded.ts"
import type { Child, ChildGroup } from "#scripts/lib/process/child.ts"
import { say, step } from "#scripts/lib/progress.ts"
import type { OrchestratorConfig } from "#scripts/lib/config.ts"
import type { Secrets } from "#scripts/lib/secrets.ts"

export const DATABASE_NAME = "cho_phien"

/** DATABASE_URL wins; otherwise the embedded cluster under the data folder is started. */
export async function provideDatabase(
  config: OrchestratorConfig,
  secrets: Secrets,
  group: ChildGroup,
): Promise<{ url: string; child?: Child }> {
  if (config.databaseUrl) {
    say(`Using the PostgreSQL server at ${redact(config.databaseUrl)} (DATABASE_URL); no embedded server.`)
    return { url: config.databaseUrl }
  }
  // No port check here: a server left running by a killed start holds the port, and
  // startEmbeddedPostgres stops it first (see stale-pid.ts); a foreign one is reported by name.
  const running = await step(`Starting PostgreSQL on port ${config.pgPort}`, () =>
    startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.pgPort,
      password: secrets.pgPassword,
      database: DATABASE_NAME,
      group,
    }),
  )
  if (running.relocated) {
    say(`  The postgres user cannot reach ${config.dataDir}, so the cluster lives in ${running.pgDir}.`)
  }
  return { url: running.url, child: running.child }
}

/** Hides the password when a URL is shown to people or logs. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")
}
