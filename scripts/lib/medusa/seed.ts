import { existsSync } from "node:fs"
import { readFile, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { repoRoot } from "../config.ts"
import { fingerprint, readMarker } from "../fingerprint.ts"
import { commerceDir, runMedusa, type MedusaContext } from "./cli.ts"

const seedScript = path.join(commerceDir, "src/scripts/seed.ts")

export type SeedResult = { ran: boolean; publishableKey: string | undefined }

/**
 * Runs the idempotent seed when the seed data or script changed since the last successful
 * run against this data folder, or when the publishable key is missing. Booting Medusa for
 * `medusa exec` takes seconds, so an unchanged second start skips it.
 */
export async function seedIfNeeded(dataDir: string, databaseUrl: string, context: MedusaContext): Promise<SeedResult> {
  const keyFile = path.join(dataDir, "publishable-key")
  if (!existsSync(seedScript)) {
    return { ran: false, publishableKey: await readKey(keyFile) }
  }
  const markerFile = path.join(dataDir, "seed-inputs.sha256")
  const inputs = fingerprint(
    [path.join(repoRoot, "content"), path.join(commerceDir, "src/scripts")],
    // Whether cards are on changes the region's payment providers, so it is a seed input too.
    [new URL(databaseUrl).host + new URL(databaseUrl).pathname, context.env.STRIPE_API_KEY ? "cards" : "no-cards"]
  )
  const current = readMarker(markerFile) === inputs && existsSync(keyFile)
  if (!current) {
    await rm(markerFile, { force: true })
    await runMedusa("seed", ["exec", "./src/scripts/seed.ts"], context)
    await writeFile(markerFile, `${inputs}\n`)
  }
  const publishableKey = await readKey(keyFile)
  if (!publishableKey) {
    throw new Error(`The seed finished but wrote no publishable key to ${keyFile}.`)
  }
  return { ran: !current, publishableKey }
}

async function readKey(file: string): Promise<string | undefined> {
  return existsSync(file) ? (await readFile(file, "utf8")).trim() || undefined : undefined
}

export function seedScriptExists(): boolean {
  return existsSync(seedScript)
}
