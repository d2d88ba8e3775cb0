import path from "node:path"
import { fileURLToPath } from "node:url"
import { z } from "zod"
import type { StripeSettings } from "./stripe/test-keys.ts"

/** The repository root, found from this file so commands work from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback)

const ConfigSchema = z.object({
  CHO_PHIEN_DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  PG_PORT: port(54329),
  MEDUSA_PORT: port(9000),
  STOREFRONT_PORT: port(4321),
  STOREFRONT_HOST: z.string().min(1).default("127.0.0.1"),
})

export type OrchestratorConfig = {
  dataDir: string
  databaseUrl: string | undefined
  redisUrl: string | undefined
  pgPort: number
  medusaPort: number
  storefrontPort: number
  storefrontHost: string
  /**
   * Cards for this stack's Medusa (the test stack: stripe-mock with fresh keys). Unset, Medusa
   * sees whatever STRIPE_* variables the environment has, and cards are off without a key.
   */
  stripe?: StripeSettings
}

/**
 * Reads the orchestrator's settings from the environment. Empty variables count as unset,
 * because shells and CI files often export `VAR=` to mean "use the default".
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): OrchestratorConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => Boolean(value)))
  const parsed = ConfigSchema.safeParse(present)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
    throw new Error(`The environment is not valid:\n${problems.join("\n")}`)
  }
  const env = parsed.data
  const ports = [env.PG_PORT, env.MEDUSA_PORT, env.STOREFRONT_PORT]
  if (new Set(ports).size !== ports.length) {
    throw new Error(
      `PG_PORT, MEDUSA_PORT and STOREFRONT_PORT must differ (got ${ports.join(", ")}).`
    )
  }
  return {
    dataDir: path.resolve(repoRoot, env.CHO_PHIEN_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    pgPort: env.PG_PORT,
    medusaPort: env.MEDUSA_PORT,
    storefrontPort: env.STOREFRONT_PORT,
    storefrontHost: env.STOREFRONT_HOST,
  }
}
