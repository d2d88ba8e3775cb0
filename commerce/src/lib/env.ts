import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"
import { parseTrustProxy } from "./client-address"

/**
 * Medusa's published default secrets (and every other guessable word) are far shorter than
 * 32 characters, so the length rule alone keeps a server from starting with one of them.
 */
const secret = z.string().min(32, "must be at least 32 characters (npm start generates them)")

const origins = z
  .string()
  .refine((value) => !value.split(",").includes("*"), "must list origins, never '*'")

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1")

/** The demo receiving account of a local start; real buyers must never be shown it. */
const DEMO_VIETQR_ACCOUNT = "0011004455667"

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * production: the market faces the public. Not NODE_ENV, which `medusa start` sets to
   * production even for a local `npm start`. Start-up then also refuses what only suits one
   * laptop (see productionRefusals).
   */
  CHO_PHIEN_ENV: z.enum(["development", "production"]).default("development"),
  CHO_PHIEN_DATA_DIR: z.string().min(1),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  /**
   * shared: one process serves requests and runs jobs and subscribers (one machine).
   * server: requests only; worker: jobs and subscribers only. Both need REDIS_URL (see docs/deploy.md).
   * Not refused here without REDIS_URL: Medusa's own commands (db:migrate, exec, user) set
   * MEDUSA_WORKER_MODE=server for themselves, and they must run on a single machine too.
   */
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  /**
   * Medusa's own (work-in-progress) flag for core caching. With REDIS_URL it also registers the
   * Caching Module on Redis, so every instance shares one cache and one invalidation.
   */
  MEDUSA_FF_CACHING: flag,
  JWT_SECRET: secret,
  COOKIE_SECRET: secret,
  MEDUSA_PORT: z.coerce.number().int().min(1).max(65535).default(9000),
  STOREFRONT_PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  STORE_CORS: origins.optional(),
  ADMIN_CORS: origins.optional(),
  AUTH_CORS: origins.optional(),
  MEDUSA_ADMIN_DISABLED: flag,
  /** Set behind HTTPS; over plain http://localhost a Secure session cookie is never sent back. */
  COOKIE_SECURE: flag,
  MEILI_URL: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  STRIPE_API_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Where the Stripe client sends requests; stripe-mock's address in tests (http://127.0.0.1:12211). */
  STRIPE_API_BASE: z.string().url().optional(),
  /** The key Stripe.js in the browser uses (GET /store/checkout/payment-methods hands it out); never secret. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_[A-Za-z0-9]+$/, "must be a Stripe publishable key (pk_test_… or pk_live_…)")
    .optional(),
  /** Minutes a VietQR order waits for its transfer before it is cancelled and its stock released. */
  VIETQR_PAYMENT_WINDOW_MINUTES: z.coerce.number().int().min(5).default(24 * 60),
  /** The market's receiving account printed in every VietQR code (NAPAS BIN of the bank). */
  VIETQR_BANK_BIN: z.string().regex(/^\d{6}$/).default("970436"),
  VIETQR_BANK_NAME: z.string().default("Vietcombank"),
  VIETQR_ACCOUNT_NUMBER: z.string().regex(/^\d{6,19}$/).default(DEMO_VIETQR_ACCOUNT),
  VIETQR_ACCOUNT_NAME: z.string().default("CONG TY CHO PHIEN"),
  /** Platform fee on each household's goods, in basis points (100 = 1 %). */
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(3000).default(0),
  /**
   * Proxies whose X-Forwarded-For is believed: a number of hops, or their addresses and
   * ranges (10.0.0.0/8,192.0.2.7). Unset: none, every limit counts the socket's peer.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value)
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) })
      }
    }),
  /** Per client address and hour. Generous: one address may be a whole mobile network's NAT. */
  CHECKOUT_CARTS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  CHECKOUT_COMPLETIONS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  SELLER_REGISTRATIONS_PER_HOUR: z.coerce.number().int().min(1).default(20),
}).refine((env) => !env.STRIPE_API_KEY || Boolean(env.STRIPE_WEBHOOK_SECRET), {
  // Without the secret no webhook verifies: cards would be charged and no order ever placed.
  path: ["STRIPE_WEBHOOK_SECRET"],
  message: "must be set when STRIPE_API_KEY is (webhooks are how card payments become orders)",
}).superRefine((env, ctx) => {
  if (env.CHO_PHIEN_ENV !== "production") return
  for (const [variable, message] of productionRefusals(env)) ctx.addIssue({ code: "custom", path: [variable], message })
})

/** The settings productionRefusals reads (spelled out: the schema's own type would refer to itself). */
type ProductionSettings = {
  REDIS_URL?: string
  COOKIE_SECURE: boolean
  STORE_CORS?: string
  ADMIN_CORS?: string
  AUTH_CORS?: string
  VIETQR_ACCOUNT_NUMBER: string
  STRIPE_API_KEY?: string
  STRIPE_PUBLISHABLE_KEY?: string
}

/**
 * What a public market must not run with, as [variable, what to set] pairs: state kept in one
 * process, cookies over plain http, browsers allowed in from local addresses, the demo bank
 * account in buyers' QR codes, Stripe's test mode taking real cards.
 */
function productionRefusals(env: ProductionSettings): [string, string][] {
  const refusals: [string, string][] = []
  const why = "when CHO_PHIEN_ENV=production"
  if (!env.REDIS_URL) {
    refusals.push(["REDIS_URL", `must be set ${why}: without Redis, events, workflows and locks live in one process's memory and are lost on a restart or between servers`])
  }
  if (!env.COOKIE_SECURE) {
    refusals.push(["COOKIE_SECURE", `must be true ${why}: the market is served over HTTPS and session cookies must never travel over plain http`])
  }
  for (const variable of ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"] as const) {
    const value = env[variable]
    if (!value) {
      refusals.push([variable, `must list the market's public https:// origins ${why} (the default allows only localhost)`])
      continue
    }
    const local = value.split(",").map((origin) => origin.trim()).filter((origin) => !isPublicHttpsOrigin(origin))
    if (local.length) refusals.push([variable, `must hold public https:// origins only ${why}; remove ${local.join(", ")}`])
  }
  if (env.VIETQR_ACCOUNT_NUMBER === DEMO_VIETQR_ACCOUNT) {
    refusals.push(["VIETQR_ACCOUNT_NUMBER", `must be the market's own bank account ${why}; the default is a demo account and buyers would pay a stranger`])
  }
  if (env.STRIPE_API_KEY && /^(sk|rk)_test_/.test(env.STRIPE_API_KEY)) {
    refusals.push(["STRIPE_API_KEY", `is a Stripe test key; set the live key (sk_live_…) ${why}`])
  }
  if (env.STRIPE_PUBLISHABLE_KEY?.startsWith("pk_test_")) {
    refusals.push(["STRIPE_PUBLISHABLE_KEY", `is a Stripe test key; set the live key (pk_live_…) ${why}`])
  }
  return refusals
}

function isPublicHttpsOrigin(origin: string): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  const host = url.hostname.replace(/^\[|\]$/g, "")
  const local = host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1" || host === "0.0.0.0"
  return url.protocol === "https:" && !local
}

export type Env = z.infer<typeof EnvSchema> & {
  STORE_CORS: string
  ADMIN_CORS: string
  AUTH_CORS: string
}

/** The project's data folder: `.data/` at the repository root unless CHO_PHIEN_DATA_DIR says otherwise. */
export function defaultDataDir(): string {
  return path.resolve(__dirname, "../../../.data")
}

/**
 * Secrets are generated by `npm start` into `<data>/secrets.json`; commands run by hand
 * (medusa exec, tests) read them from there when the environment does not carry them.
 */
function secretsFromDataDir(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, "secrets.json")
  if (!existsSync(file)) {
    return {}
  }
  const stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>
  return { JWT_SECRET: stored.jwtSecret, COOKIE_SECRET: stored.cookieSecret }
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const dataDir = source.CHO_PHIEN_DATA_DIR || defaultDataDir()
  const merged = { ...secretsFromDataDir(dataDir), ...stripEmpty(source), CHO_PHIEN_DATA_DIR: dataDir }
  const parsed = EnvSchema.safeParse(merged)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`)
    throw new Error(
      `Chợ Phiên cannot start: the environment is not valid.\n${problems.join("\n")}\n` +
        "Run `npm start` once to create .data/secrets.json, or set the variables yourself."
    )
  }
  const env = parsed.data
  const storefront = `http://localhost:${env.STOREFRONT_PORT},http://127.0.0.1:${env.STOREFRONT_PORT}`
  const admin = `http://localhost:${env.MEDUSA_PORT},http://127.0.0.1:${env.MEDUSA_PORT}`
  return {
    ...env,
    STORE_CORS: env.STORE_CORS ?? storefront,
    ADMIN_CORS: env.ADMIN_CORS ?? admin,
    AUTH_CORS: env.AUTH_CORS ?? `${storefront},${admin}`,
  }
}

function stripEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1]))
  )
}
