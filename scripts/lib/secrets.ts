import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { z } from "zod"

const SecretsSchema = z.object({
  jwtSecret: z.string().min(32),
  cookieSecret: z.string().min(32),
  pgPassword: z.string().min(16),
})

export type Secrets = z.infer<typeof SecretsSchema>

export function newSecret(): string {
  return randomBytes(48).toString("base64url")
}

/**
 * Creates `<data>/secrets.json` once and keeps it: regenerating the JWT or cookie secret
 * would log every operator out, and a new database password would lock us out of the
 * existing cluster. Missing fields (older files) are filled in, present ones never change.
 */
export async function ensureSecrets(dataDir: string): Promise<Secrets> {
  const file = path.join(dataDir, "secrets.json")
  await mkdir(dataDir, { recursive: true })
  let stored: Record<string, unknown> = {}
  if (existsSync(file)) {
    try {
      stored = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>
    } catch {
      throw new Error(`${file} is not valid JSON. Fix it, or delete the whole data folder to start afresh.`)
    }
  }
  const merged = {
    jwtSecret: newSecret(),
    cookieSecret: newSecret(),
    pgPassword: newSecret(),
    ...stored,
  }
  const secrets = SecretsSchema.parse(merged)
  if (JSON.stringify(stored) !== JSON.stringify(merged)) {
    await writeFile(file, `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 })
  }
  // A file copied in by hand may be world-readable; the secrets must not be.
  await chmod(file, 0o600)
  return secrets
}
