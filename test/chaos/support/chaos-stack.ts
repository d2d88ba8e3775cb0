import { mkdir } from "node:fs/promises"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { medusaEnvironment, type MedusaContext } from "../../../scripts/lib/medusa/cli.ts"
import { migrateIfNeeded } from "../../../scripts/lib/medusa/migrate.ts"
import { ensureOperator } from "../../../scripts/lib/medusa/operator.ts"
import { seedIfNeeded } from "../../../scripts/lib/medusa/seed.ts"
import { startMedusaServer } from "../../../scripts/lib/medusa/server.ts"
import { startEmbeddedPostgres, type RunningPostgres } from "../../../scripts/lib/postgres/embedded.ts"
import { ChildGroup, type Child } from "../../../scripts/lib/process/child.ts"
import { recordPids, stopLeftovers } from "../../../scripts/lib/process/run-state.ts"
import { ensureSecrets } from "../../../scripts/lib/secrets.ts"
import { startStripeMock, type RunningStripeMock } from "../../../scripts/lib/stripe/stripe-mock.ts"
import { stripeEnvironment, stripeTestSettings } from "../../../scripts/lib/stripe/test-keys.ts"
import { chaosSettings } from "./settings.ts"
import { startStripeMemory, type StripeMemory } from "./stripe-memory.ts"

/**
 * The servers a chaos test breaks, each reachable on its own: embedded PostgreSQL, Medusa
 * (kill -9 and start again), stripe-mock behind the Stripe stand-in. Unlike `npm start`'s
 * stack nothing here stops everything when one server dies: dying is the point. The data
 * folder survives between runs, so migrations and the seed run only when their inputs change;
 * cards are always on, since the seed's inputs include whether they are.
 */
export type ChaosStack = {
  medusaUrl: string
  databaseUrl: string
  publishableKey: string
  stripe: StripeMemory
  medusaLog: string
  /** The running Medusa's process id, to tell a restart from a recovery. */
  medusaPid: () => number | undefined
  /** SIGKILL to Medusa's whole process group: no shutdown hook, no flushed work. */
  killMedusa: () => Promise<void>
  /** Starts Medusa again (with extra environment if given) and resolves once /health answers. */
  startMedusa: (extraEnv?: Record<string, string>) => Promise<void>
  /** PostgreSQL's fast shutdown (SIGINT: sessions end, data stays). */
  stopPostgres: () => Promise<void>
  startPostgres: () => Promise<void>
  stop: () => Promise<void>
}

export type ChaosStackOptions = {
  /** Added to Medusa's environment (e.g. a short reconciliation interval, MEILI_URL). */
  medusaEnv?: Record<string, string>
}

export async function startChaosStack(options: ChaosStackOptions = {}): Promise<ChaosStack> {
  const settings = chaosSettings()
  const { dataDir } = settings
  await mkdir(dataDir, { recursive: true })
  await stopLeftovers(dataDir)
  const group = new ChildGroup()
  const secrets = await ensureSecrets(dataDir)
  const binary = process.env.STRIPE_MOCK_PATH
  if (!binary) throw new Error("STRIPE_MOCK_PATH is not set: run the chaos tests through `npm run test:chaos`")
  let stripeMock: RunningStripeMock | undefined
  let stripe: StripeMemory | undefined
  let postgres: RunningPostgres | undefined
  let medusa: Child | undefined
  const postgresOptions = { dataDir, port: settings.pgPort, password: secrets.pgPassword, database: "cho_phien", group }
  const stop = async () => {
    await medusa?.stop()
    await stripe?.close()
    await stripeMock?.stop()
    await group.stopAll()
  }
  try {
    stripeMock = await startStripeMock({ binary, port: settings.stripeMockPort, group, logFile: path.join(dataDir, "logs/stripe-mock.log") })
    stripe = await startStripeMemory(stripeMock.url)
    const stripeSettings = stripeTestSettings(stripe.url)
    postgres = await startEmbeddedPostgres(postgresOptions)
    const databaseUrl = postgres.url
    const base = medusaEnvironment({
      dataDir,
      databaseUrl,
      redisUrl: undefined,
      jwtSecret: secrets.jwtSecret,
      cookieSecret: secrets.cookieSecret,
      medusaPort: settings.medusaPort,
      storefrontPort: settings.storefrontPort,
      stripe: stripeSettings,
    })
    const env = { ...base, MEDUSA_ADMIN_DISABLED: "true", ...options.medusaEnv }
    const context: MedusaContext = { env, group }
    await migrateIfNeeded(dataDir, databaseUrl, context)
    const seed = await seedIfNeeded(dataDir, databaseUrl, context)
    await ensureOperator(dataDir, context)
    const medusaLog = path.join(dataDir, "logs/medusa.log")
    const startMedusa = async (extraEnv: Record<string, string> = {}) => {
      medusa = await startMedusaServer({ env: { ...env, ...extraEnv }, group }, settings.medusaPort, medusaLog)
      await recordPids(dataDir, [medusa.process.pid ?? 0])
    }
    await startMedusa()
    // What test/support reads: the key, the database, the webhook secret to sign events with.
    process.env.CHO_PHIEN_PUBLISHABLE_KEY = seed.publishableKey
    process.env.DATABASE_URL = databaseUrl
    Object.assign(process.env, stripeEnvironment(stripeSettings))
    const memory = stripe
    return {
      medusaUrl: `http://localhost:${settings.medusaPort}`,
      databaseUrl,
      publishableKey: seed.publishableKey ?? "",
      stripe: memory,
      medusaLog,
      medusaPid: () => (medusa && medusa.process.exitCode === null && medusa.process.signalCode === null ? medusa.process.pid : undefined),
      killMedusa: async () => {
        const running = medusa
        if (!running?.process.pid) return
        process.kill(-running.process.pid, "SIGKILL")
        await running.exited
        // Its port is free once the kernel has closed the socket; a moment is enough.
        await sleep(200)
      },
      startMedusa,
      stopPostgres: async () => {
        await postgres?.stop()
      },
      startPostgres: async () => {
        postgres = await startEmbeddedPostgres(postgresOptions)
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
