import { existsSync, lstatSync, readFileSync } from "node:fs"
import { mkdir, rm, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { fingerprint, readMarker } from "../fingerprint.ts"
import { say, seconds } from "../progress.ts"
import { commerceDir, installedFile, runMedusa, type MedusaContext } from "./cli.ts"

const builtDir = path.join(commerceDir, ".medusa/admin")
const markerFile = path.join(commerceDir, ".medusa/admin-inputs.sha256")
/** Where `medusa start` serves the admin from in production mode (<rootDirectory>/public/admin). */
const servedDir = path.join(commerceDir, "public/admin")

function adminInputs(): string {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(installedFile(`${pkg}/package.json`), "utf8")) as { version: string }).version
  return fingerprint(
    [path.join(commerceDir, "src/admin"), path.join(commerceDir, "medusa-config.ts")],
    [version("@medusajs/dashboard"), version("@medusajs/admin-bundler")]
  )
}

/**
 * Builds the admin with `medusa build --admin-only` (about a minute) only when its inputs
 * changed, then links it where `medusa start` looks. This lets `medusa start` run straight
 * from the TypeScript sources (the CLI registers ts-node) without a full `medusa build`,
 * which would type-check and copy the whole backend on every change.
 * Returns true when it had to build.
 */
export async function ensureAdminBuilt(context: MedusaContext): Promise<boolean> {
  const inputs = adminInputs()
  const upToDate = readMarker(markerFile) === inputs && existsSync(path.join(builtDir, "index.html"))
  if (!upToDate) {
    const started = performance.now()
    say("Building the admin dashboard alongside (about a minute; only when it changed)…")
    await rm(markerFile, { force: true })
    await runMedusa("admin build", ["build", "--admin-only"], context)
    await writeFile(markerFile, `${inputs}\n`)
    say(`  admin dashboard built in ${seconds(started)}`)
  }
  await linkServedDir()
  return !upToDate
}

async function linkServedDir(): Promise<void> {
  const isOurLink = existsSync(servedDir) && lstatSync(servedDir).isSymbolicLink()
  if (isOurLink) return
  if (existsSync(servedDir)) {
    throw new Error(`${servedDir} exists and is not the link to .medusa/admin; move it away and start again.`)
  }
  await mkdir(path.dirname(servedDir), { recursive: true })
  await symlink(path.relative(path.dirname(servedDir), builtDir), servedDir, "dir")
}
