import { mkdir } from "node:fs/promises"
import path from "node:path"
import { medusaEnvironment, type MedusaContext } from "../medusa/cli.ts"
import { migrateIfNeeded } from "../medusa/migrate.ts"
import { ensureOperator } from "../medusa/operator.ts"
import { seedIfNeeded } from "../medusa/seed.ts"
import { startMedusaServer, type WorkerMode } from "../medusa/server.ts"
import { startEmbeddedPostgres } from "../postgres/embedded.ts"
import { ChildGroup, type Child } from "../process/child.ts"
import { recordPids, stopLeftovers } from "../process/run-state.ts"
import { startRedis, type RunningRedis } from "../redis/redis-server.ts"
import { ensureSecrets } from "../secrets.ts"
import { freePort } from "../stripe/stripe-mock.ts"

export type ScaleOutOptions = {
  dataDir: string
  /** Fixed ports, or free ones chosen by the system. */
  pgPort?: number
  serverPorts?: number[]
  workerPort?: number
  /**
   * true (the production shape): one redis-server, every instance in `server` mode plus one
   * `worker`. false: the same servers in `shared` mode, each with its in-process event bus,
   * workflow engine and locks, and no worker — only to show what breaks without Redis.
   */
  redis?: boolean
  /** Extra variables for every Medusa process (limits a test needs raised, for instance). */
  env?: NodeJS.ProcessEnv
  /** Per-instance boot limit; three boots at once on two cores are slow. */
  bootTimeoutMs?: number
}

export type Instance = { name: string; mode: WorkerMode; url: string; child: Child }

export type ScaleOut = {
  servers: Instance[]
  worker: Instance | undefined
  redis: RunningRedis | undefined
  databaseUrl: string
  publishableKey: string
  dataDir: string
  /** Milliseconds each phase took: database, migrate + seed + operator, the instances' boot. */
  timings: { database: number; prepare: number; instances: number; total: number }
  /** Stops the worker (events then wait in Redis) and boots it again; resolves once it answers. */
  stopWorker: () => Promise<void>
  startWorker: () => Promise<Instance>
  stop: () => Promise<void>
}

const DATABASE = "cho_phien"

/**
 * One embedded PostgreSQL, one redis-server, migrations and the seed run once, then two (or
 * more) Medusa servers and one worker booted side by side against them. Everything started
 * is stopped on failure and by `stop()`, servers before Redis and the database.
 */
export async function startScaleOut(options: ScaleOutOptions): Promise<ScaleOut> {
  const group = new ChildGroup()
  try {
    return await bringUp(options, group)
  } catch (error) {
    await group.stopAll()
    throw error
  }
}

async function bringUp(options: ScaleOutOptions, group: ChildGroup): Promise<ScaleOut> {
  const started = performance.now()
  const useRedis = options.redis ?? true
  const dataDir = path.resolve(options.dataDir)
  await mkdir(path.join(dataDir, "logs"), { recursive: true })
  await stopLeftovers(dataDir)
  const secrets = await ensureSecrets(dataDir)
  const [database, redis] = await Promise.all([
    startEmbeddedPostgres({
      dataDir,
      port: options.pgPort || (await freePort()),
      password: secrets.pgPassword,
      database: DATABASE,
      group,
    }),
    useRedis ? startRedis({ dir: path.join(dataDir, "redis"), group }) : Promise.resolve(undefined),
  ])
  const databaseReady = performance.now()

  const serverPorts = options.serverPorts?.length ? options.serverPorts : [await freePort(), await freePort()]
  const environment = (redisUrl: string | undefined) => ({
    ...medusaEnvironment({
      dataDir,
      databaseUrl: database.url,
      redisUrl,
      ...secrets,
      medusaPort: serverPorts[0],
      // No storefront runs here; the port only shapes the default CORS origins.
      storefrontPort: 4321,
    }),
    ...options.env,
    MEDUSA_ADMIN_DISABLED: "true",
  })
  // Migrations and the seed run once, on the one-machine configuration: with Redis, the
  // seed's ~1,500 catalog events would queue for the worker and hold up every later event
  // for minutes. The worker fills the search index itself when it first boots.
  const prepareContext: MedusaContext = { env: environment(undefined), group }
  await migrateIfNeeded(dataDir, database.url, prepareContext)
  const seed = await seedIfNeeded(dataDir, database.url, prepareContext)
  await ensureOperator(dataDir, prepareContext)
  const prepared = performance.now()
  const context: MedusaContext = { env: environment(redis?.url), group }

  const plan: { name: string; mode: WorkerMode; port: number }[] = serverPorts.map((port, i) => ({
    name: `medusa-${String.fromCharCode(97 + i)}`,
    mode: useRedis ? "server" : "shared",
    port,
  }))
  if (useRedis) plan.push({ name: "medusa-worker", mode: "worker", port: options.workerPort || (await freePort()) })
  const boot = async ({ name, mode, port }: (typeof plan)[number]): Promise<Instance> => {
    const child = await startMedusaServer(context, port, path.join(dataDir, `logs/${name}.log`), {
      workerMode: mode,
      name,
      timeoutMs: options.bootTimeoutMs ?? 420_000,
    })
    return { name, mode, url: `http://localhost:${port}`, child }
  }
  const instances = await Promise.all(plan.map(boot))
  const record = () => recordPids(dataDir, instances.map((instance) => instance.child.process.pid ?? 0))
  await record()
  const booted = performance.now()
  const workerIndex = instances.findIndex((instance) => instance.mode === "worker")

  if (!seed.publishableKey) throw new Error("The seed wrote no publishable key.")
  return {
    servers: instances.filter((instance) => instance.mode !== "worker"),
    // A getter: startWorker() replaces the instance.
    get worker() {
      return instances[workerIndex]
    },
    redis,
    databaseUrl: database.url,
    publishableKey: seed.publishableKey,
    dataDir,
    timings: {
      database: Math.round(databaseReady - started),
      prepare: Math.round(prepared - databaseReady),
      instances: Math.round(booted - prepared),
      total: Math.round(booted - started),
    },
    stopWorker: async () => {
      await instances[workerIndex]?.child.stop()
    },
    startWorker: async () => {
      const workerPlan = plan.find((entry) => entry.mode === "worker")
      if (!workerPlan) throw new Error("This cluster runs without Redis, so it has no worker.")
      instances[workerIndex] = await boot(workerPlan)
      await record()
      return instances[workerIndex]
    },
    stop: () => group.stopAll(),
  }
}
