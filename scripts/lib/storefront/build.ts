import { existsSync, lstatSync } from "node:fs"
import { readdir, rename, rm, symlink } from "node:fs/promises"
import path from "node:path"
import { repoRoot } from "../config.ts"
import { installedFile } from "../medusa/cli.ts"
import { runChild, type ChildGroup } from "../process/child.ts"

export type StorefrontBuild = { medusaUrl: string; publishableKey: string; outDir: string; group: ChildGroup }

/**
 * Builds the static storefront from the running Store API into a new folder beside the
 * live one, then points `outDir` (a symlink) at it with one rename. Rebuilds happen while
 * buyers browse, so there is no instant at which the site is missing; a failed build
 * leaves the previous one served.
 */
export async function buildStorefront(build: StorefrontBuild): Promise<void> {
  if (!existsSync(path.join(repoRoot, "astro.config.mjs"))) {
    throw new Error("astro.config.mjs is missing at the repository root; the storefront cannot be built.")
  }
  const buildsDir = `${build.outDir}.builds`
  const target = path.join(buildsDir, String(Date.now()))
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
      STOREFRONT_OUT_DIR: target,
      STOREFRONT_CACHE_DIR: `${build.outDir}.cache`,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  }).catch(async (error: unknown) => {
    await rm(target, { recursive: true, force: true })
    throw error
  })
  await pointAt(build.outDir, target)
  await removeOldBuilds(buildsDir, target)
}

async function pointAt(link: string, target: string): Promise<void> {
  // A data folder from before builds were symlinked holds a real folder here: move it once.
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    await rm(`${link}.old`, { recursive: true, force: true })
    await rename(link, `${link}.old`)
  }
  const temporary = `${link}.next-link`
  await rm(temporary, { force: true })
  await symlink(path.relative(path.dirname(link), target), temporary)
  await rename(temporary, link)
  await rm(`${link}.old`, { recursive: true, force: true })
}

/** Keeps the live build and the one before it, which requests already under way may still read. */
async function removeOldBuilds(buildsDir: string, live: string): Promise<void> {
  const builds = (await readdir(buildsDir)).sort()
  const keep = new Set([path.basename(live), builds.filter((b) => b !== path.basename(live)).at(-1)])
  for (const name of builds) {
    if (!keep.has(name)) await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
}
