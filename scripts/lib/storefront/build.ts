import { existsSync } from "node:fs"
import { rename, rm } from "node:fs/promises"
import path from "node:path"
import { repoRoot } from "../config.ts"
import { installedFile } from "../medusa/cli.ts"
import { runChild, type ChildGroup } from "../process/child.ts"

export type StorefrontBuild = { medusaUrl: string; publishableKey: string; outDir: string; group: ChildGroup }

/**
 * Builds the static storefront from the running Store API. It builds into a fresh folder
 * and swaps it in at the end, so a server already serving the old build never sees a
 * half-written site and a failed build leaves the previous one in place.
 */
export async function buildStorefront(build: StorefrontBuild): Promise<void> {
  if (!existsSync(path.join(repoRoot, "astro.config.mjs"))) {
    throw new Error("astro.config.mjs is missing at the repository root; the storefront cannot be built.")
  }
  const staging = `${build.outDir}.next`
  await rm(staging, { recursive: true, force: true })
  await runChild({
    name: "storefront build",
    command: process.execPath,
    args: [installedFile("astro/bin/astro.mjs"), "build"],
    cwd: repoRoot,
    group: build.group,
    env: {
      ...process.env,
      MEDUSA_URL: build.medusaUrl,
      MEDUSA_PUBLISHABLE_KEY: build.publishableKey,
      STOREFRONT_OUT_DIR: staging,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  })
  const previous = `${build.outDir}.previous`
  await rm(previous, { recursive: true, force: true })
  if (existsSync(build.outDir)) await rename(build.outDir, previous)
  await rename(staging, build.outDir)
  await rm(previous, { recursive: true, force: true })
}
