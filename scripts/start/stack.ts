import { mkdir } from "node:fs/promises"
import path from "node:path"
import { loadConfig, type OrchestratorConfig } from "#scripts/lib/config.ts"
import { ensureAdminBuilt } from "#scripts/lib/medusa/admin-build.ts"
import { medusaEnvironment, type MedusaContext } from "#scripts/lib/medusa/cli.ts"
import { migrateIfNeeded } from "#scripts/lib/medusa/migrate.ts"
import { ensureOperator, type Operator } from "#scripts/lib/medusa/operator.ts"
import { ensureTourismStaff } from "#scripts/lib/medusa/tourism-staff.ts"
import { seedIfNeeded } from "#scripts/lib/medusa/seed.ts"
import { startMedusaServer } from "#scripts/lib/medusa/server.ts"
import { ChildGroup, type Child } from "#scripts/lib/process/child.ts"
import { assertPortFree } from "#scripts/lib/process/ports.ts"
import { recordPids, stopLeftovers } from "#scripts/lib/process/run-state.ts"
import { say, step } from "#scripts/lib/progress.ts"
import { ensureSecrets } from "#scripts/lib/secrets.ts"
import { buildStorefront } from "#scripts/lib/storefront/build.ts"
import type { CatalogChanges } from "#scripts/lib/storefront/catalog-changes.ts"
import { startRebuildWatcher, type RebuildWatcher } from "#scripts/lib/storefront/rebuild-watcher.ts"
import { startStaticServer, type RunningStaticServer } from "../serve/static-server.ts"
import { provideDatabase } from "./database.ts"

export type StackOptions = {
  config?: OrchestratorConfig
  /** Called once if PostgreSQL or Medusa dies after start-up; the stack is already stopping. */
  onCrash?: (name: string, output: string) => void
  /** Aborting it stops the stack, also while it is still starting. */
  signal?: AbortSignal
}

export type Stack = {
  urls: { storefront: string; medusa: string; admin: string }
  publishableKey: string | undefined
  databaseUrl: string
  operator: Operator
  operatorCreated: boolean
  storefrontDir: string
  stop: () => Promise<void>
}

export class StackStartError extends Error {}

/**
 * Brings up PostgreSQL → migrations → seed → operator account → admin build → Medusa →
 * storefront build → static server. If anything fails or `stop()` is called midway,
 * everything started so far is stopped, newest first.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const config = options.config ?? loadConfig()
  const group = new ChildGroup()
  let server: RunningStaticServer | undefined
  let watcher: RebuildWatcher | undefined
  let stopping: Promise<void> | undefined
  const isStopping = () => stopping !== undefined
  const stop = () => {
    stopping ??= (async () => {
      await watcher?.stop()
      await server?.close()
      await group.stopAll()
    })()
    return stopping
  }
  options.signal?.addEventListener("abort", () => void stop(), { once: true })
  try {
    const crash = { stop, isStopping, onCrash: options.onCrash }
    const stack = await bringUp(config, group, (running) => (server = running), crash, (started) => (watcher = started))
    return { ...stack, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function bringUp(
  config: OrchestratorConfig,
  group: ChildGroup,
  onServer: (server: RunningStaticServer) => void,
  crash: CrashWatch,
  onWatcher: (watcher: RebuildWatcher | undefined) => void,
): Promise<Omit<Stack, "stop">> {
  await mkdir(config.dataDir, { recursive: true })
  await stopLeftovers(config.dataDir)
  await assertPortFree(config.medusaPort, "Medusa", "MEDUSA_PORT")
  await assertPortFree(config.storefrontPort, "the storefront", "STOREFRONT_PORT")
  const secrets = await step("Preparing secrets", () => ensureSecrets(config.dataDir))
  const database = await provideDatabase(config, secrets, group)
  const databaseUrl = database.url
  const env = medusaEnvironment({ ...config, databaseUrl, ...secrets })
  const context: MedusaContext = { env, group }

  // The admin build needs no database, so it runs while migrations and the seed do.
  // On the first failure startStack stops the group, which also ends the other task.
  const [adminBuilt, prepared] = await Promise.all([
    process.env.MEDUSA_ADMIN_DISABLED === "true" ? Promise.resolve(false) : ensureAdminBuilt(context),
    (async () => {
      const migrated = await step("Applying database migrations (skipped when unchanged)", () =>
        migrateIfNeeded(config.dataDir, databaseUrl, context),
      )
      if (!migrated) say("  (the schema is already up to date with the same sources)")
      const seed = await step("Seeding the catalog (skipped when unchanged)", () => seedIfNeeded(config.dataDir, databaseUrl, context))
      if (!seed.ran) say("  (the catalog was already seeded from the same data)")
      const operator = await ensureOperator(config.dataDir, context)
      await ensureTourismStaff(config.dataDir, context)
      return { seed, operator }
    })(),
  ])
  if (!adminBuilt) say("The admin dashboard was already built from the same sources.")
  // Children started after stop() would outlive the stack, so each phase checks first.
  const notStopping = () => {
    if (crash.isStopping()) throw new StackStartError("Stopped while starting.")
  }
  notStopping()

  const medusa = await step(`Starting Medusa on port ${config.medusaPort}`, () =>
    startMedusaServer(context, config.medusaPort, path.join(config.dataDir, "logs/medusa.log")),
  )
  await recordPids(config.dataDir, [medusa.process.pid ?? 0])
  const medusaUrl = `http://localhost:${config.medusaPort}`
  const { publishableKey } = prepared.seed
  const storefrontDir = path.join(config.dataDir, "storefront")
  notStopping()
  if (publishableKey) {
    await step("Building the storefront", () => buildStorefront({ medusaUrl, publishableKey, outDir: storefrontDir, group }))
  } else {
    say("No publishable key yet (commerce/src/scripts/seed.ts is missing): the storefront is not built.")
  }
  notStopping()
  const server = await startStaticServer({ root: storefrontDir, port: config.storefrontPort, host: config.storefrontHost })
  onServer(server)
  if (publishableKey) {
    // Later builds follow catalog changes (a seller publishing) while the site is served.
    // A change to a few known products rebuilds only their pages (see catalog-changes.ts).
    const rebuild = (changes: CatalogChanges) => buildStorefront({ medusaUrl, publishableKey, outDir: storefrontDir, group, changes })
    onWatcher(await startRebuildWatcher({ databaseUrl, rebuild }))
  }
  watchForCrash(database.child ? [database.child, medusa] : [medusa], crash)
  return {
    urls: { storefront: `${server.url}/`, medusa: medusaUrl, admin: `${medusaUrl}/app` },
    publishableKey,
    databaseUrl,
    operator: prepared.operator.operator,
    operatorCreated: prepared.operator.created,
    storefrontDir,
  }
}

type CrashWatch = { stop: () => Promise<void>; isStopping: () => boolean; onCrash: StackOptions["onCrash"] }

/** A server that exits while nobody asked it to takes the whole stack down with it. */
function watchForCrash(children: Child[], watch: CrashWatch): void {
  for (const child of children) {
    void child.exited.then(async () => {
      if (watch.isStopping()) return
      const output = child.tail.text()
      await watch.stop()
      watch.onCrash?.(child.name, output)
    })
  }
}
