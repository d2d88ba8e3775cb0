import { existsSync } from "node:fs"
import path from "node:path"
import { repoRoot } from "../config.ts"
import { stripeEnvironment, type StripeSettings } from "../stripe/test-keys.ts"
import { runChild, startChild, type Child, type ChildGroup } from "../process/child.ts"

export const commerceDir = path.join(repoRoot, "commerce")

/** Locates an installed package file, looking where npm workspaces may have hoisted it. */
export function installedFile(relative: string): string {
  for (const base of [path.join(commerceDir, "node_modules"), path.join(repoRoot, "node_modules")]) {
    const candidate = path.join(base, relative)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`${relative} is not installed. Run \`npm install\` at the repository root.`)
}

export type MedusaEnv = {
  dataDir: string
  databaseUrl: string
  redisUrl: string | undefined
  jwtSecret: string
  cookieSecret: string
  medusaPort: number
  storefrontPort: number
  /** Given, it replaces every STRIPE_* variable of our own environment (see OrchestratorConfig). */
  stripe?: StripeSettings
}

/** The environment commerce/src/lib/env.ts expects, on top of ours. */
export function medusaEnvironment(settings: MedusaEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHO_PHIEN_DATA_DIR: settings.dataDir,
    DATABASE_URL: settings.databaseUrl,
    JWT_SECRET: settings.jwtSecret,
    COOKIE_SECRET: settings.cookieSecret,
    MEDUSA_PORT: String(settings.medusaPort),
    STOREFRONT_PORT: String(settings.storefrontPort),
    PORT: String(settings.medusaPort),
    // Nothing leaves the machine unless someone opts in.
    MEDUSA_DISABLE_TELEMETRY: "true",
    // glibc's per-thread malloc arenas let sharp's photo jobs hold ~100 MB more than they
    // use; two arenas keep four uploads at once well inside the design's memory budget.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
  }
  if (settings.redisUrl) env.REDIS_URL = settings.redisUrl
  else delete env.REDIS_URL
  if (settings.stripe) {
    for (const name of Object.keys(env)) if (name.startsWith("STRIPE_")) delete env[name]
    Object.assign(env, stripeEnvironment(settings.stripe))
  }
  return env
}

/** What every Medusa command of one stack shares. */
export type MedusaContext = { env: NodeJS.ProcessEnv; group: ChildGroup }

const cli = () => installedFile("@medusajs/cli/cli.js")

/** Runs `medusa <args>` in commerce/ to completion. */
export function runMedusa(name: string, args: string[], context: MedusaContext): Promise<string> {
  return runChild({ name, command: process.execPath, args: [cli(), ...args], cwd: commerceDir, ...context })
}

export function startMedusa(name: string, args: string[], context: MedusaContext, logFile?: string): Child {
  return startChild({ name, command: process.execPath, args: [cli(), ...args], cwd: commerceDir, logFile, ...context })
}
