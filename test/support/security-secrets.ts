import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

type Producer = { phone: string; household_status: string }

export type Needle = { name: string; test: (text: string) => boolean }

const literal = (name: string, value: string): Needle => ({ name, test: (text) => text.includes(value) })
const pattern = (name: string, re: RegExp): Needle => ({ name, test: (text) => re.test(text) })

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined
}

/**
 * What no public answer and no built page may contain: households' status (the key and its
 * values as data), their phone numbers, password hashes of any common scheme, the operator's
 * and tourism staff's logins, the server's secrets and the database password, and Stripe
 * secrets. The publishable key is public by design and is not listed.
 */
export function secretNeedles(dataDir: string, repo = REPO): Needle[] {
  const producers = readJson<{ producers: Producer[] }>(path.join(repo, "content/catalog/producers.json"))?.producers ?? []
  const statuses = [...new Set(producers.map((p) => p.household_status))]
  const secrets = readJson<Record<string, string>>(path.join(dataDir, "secrets.json")) ?? {}
  const operator = readJson<{ email: string; password: string }>(path.join(dataDir, "operator.json"))
  const staff = readJson<{ email: string; password: string }>(path.join(dataDir, "tourism-staff.json"))
  const needles: Needle[] = [
    literal("household_status key", "household_status"),
    // "none" and "poor" are ordinary words (fill="none"); as a JSON value or an element's whole text they are the status.
    ...statuses.map((status) => pattern(`household status value ${status}`, new RegExp(`:\\s*"${status}"|>${status}<`))),
    ...statuses.filter((s) => s.includes("_")).map((status) => literal(`household status ${status}`, status)),
    ...producers.map((p) => literal(`a household's phone`, p.phone)),
    literal("password_hash key", "password_hash"),
    // Medusa's emailpass stores scrypt-kdf hashes, base64 of a buffer that starts with "scrypt".
    pattern("scrypt hash", /c2NyeXB0[A-Za-z0-9+/]{40,}/),
    pattern("bcrypt hash", /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}/),
    pattern("argon2 hash", /\$argon2(?:id|i|d)\$/),
    pattern("Stripe secret key", /\b[rs]k_(?:test|live)_[A-Za-z0-9]{10,}/),
    pattern("Stripe webhook secret", /\bwhsec_[A-Za-z0-9]{10,}/),
  ]
  for (const [name, value] of Object.entries(secrets)) {
    if (value) needles.push(literal(`secrets.json ${name}`, value))
  }
  for (const [who, login] of [["operator", operator], ["tourism staff", staff]] as const) {
    if (login) needles.push(literal(`${who} email`, login.email), literal(`${who} password`, login.password))
  }
  for (const name of ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "JWT_SECRET", "COOKIE_SECRET", "MEILI_API_KEY"]) {
    const value = process.env[name]
    if (value && value.length >= 8) needles.push(literal(`env ${name}`, value))
  }
  return needles
}

/** The names of the needles found in `text`. */
export function leaksIn(text: string, needles: readonly Needle[]): string[] {
  return needles.filter((needle) => needle.test(text)).map((needle) => needle.name)
}
