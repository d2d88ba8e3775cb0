import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs"
import { mkdir, readdir, rename, rm, symlink } from "node:fs/promises"
import path from "node:path"
import type { PagesTouched } from "../../../storefront/lib/data/partial-build.ts"
import { repoRoot } from "../config.ts"
import { installedFile } from "../medusa/cli.ts"
import { runChild, type ChildGroup } from "../process/child.ts"
import { type PageHashCache, readPageHashes, savePageHashes, writeHeadersFile } from "#scripts/serve/astro-security-headers.ts"
import { assemble } from "./build-tree.ts"
import { type BuildPlan, type CatalogChanges, planBuild } from "./catalog-changes.ts"
import { pagesToClear } from "./stale-pages.ts"

export type StorefrontBuild = {
  medusaUrl: string
  publishableKey: string
  outDir: string
  group: ChildGroup
  /** What changed since the live build; a short list of products is built on its own. */
  changes?: CatalogChanges
}

export type BuildOutcome = { plan: BuildPlan; pagesWritten: number; pagesLinked: number; seconds: number }

/**
 * Builds the static storefront from the running Store API into a new folder beside the
 * live one, then points `outDir` (a symlink) at it with one rename. Rebuilds happen while
 * buyers browse, so there is no instant at which the site is missing; a failed build
 * leaves the previous one served. When only a few products changed, Astro renders just
 * their pages and the new folder takes every other file from the live one (hard links).
 */
export async function buildStorefront(build: StorefrontBuild): Promise<BuildOutcome> {
  if (!existsSync(path.join(repoRoot, "astro.config.mjs"))) {
    throw new Error("astro.config.mjs is missing at the repository root; the storefront cannot be built.")
  }
  const started = performance.now()
  const dirs = folders(build.outDir)
  const stamp = String(Date.now())
  const target = path.join(dirs.builds, stamp)
  const snapshot = path.join(dirs.snapshots, stamp)
  const live = liveStamp(build.outDir)
  const liveSnapshot = live ? path.join(dirs.snapshots, live) : undefined
  const plan = planBuild(build.changes, {
    site: live !== undefined,
    snapshot: liveSnapshot !== undefined && ["vi", "en"].every((l) => existsSync(path.join(liveSnapshot, `products-${l}.json`))),
  })
  let pagesWritten = 0
  let pagesLinked = 0
  try {
    if (plan.kind === "full" || !live || !liveSnapshot) {
      await astroBuild(build, { STOREFRONT_OUT_DIR: target, STOREFRONT_SNAPSHOT_OUT: snapshot })
    } else {
      const partial = path.join(dirs.partial, stamp)
      try {
        const only = JSON.stringify({ base: liveSnapshot, products: plan.productIds })
        await astroBuild(build, { STOREFRONT_OUT_DIR: partial, STOREFRONT_SNAPSHOT_OUT: snapshot, STOREFRONT_ONLY: only })
        const clear = pagesToClear(pagesTouched(snapshot))
        const merged = await assemble({ live: path.join(dirs.builds, live), partial, target, clear })
        pagesLinked = merged.linked
        pagesWritten = merged.written
        // The partial run's _headers knew only the pages it rendered: write it for the whole site,
        // reading only the pages that are not the live build's own files.
        const hashes: PageHashCache = {}
        const previous = await readPageHashes(liveSnapshot)
        await writeHeadersFile(target, { ...process.env, MEDUSA_URL: build.medusaUrl }, { ...(previous ? { previous } : {}), next: hashes })
        await savePageHashes(snapshot, hashes)
      } finally {
        await rm(partial, { recursive: true, force: true })
      }
    }
  } catch (error) {
    await rm(target, { recursive: true, force: true })
    await rm(snapshot, { recursive: true, force: true })
    throw error
  }
  await pointAt(build.outDir, target)
  await removeOldBuilds(dirs, stamp)
  return { plan, pagesWritten, pagesLinked, seconds: (performance.now() - started) / 1000 }
}

function folders(outDir: string) {
  return { builds: `${outDir}.builds`, snapshots: `${outDir}.snapshots`, partial: `${outDir}.partial` }
}

/** The folder name of the build `outDir` points at, if it is one of ours. */
function liveStamp(outDir: string): string | undefined {
  if (!existsSync(outDir) || !lstatSync(outDir).isSymbolicLink()) return undefined
  const real = realpathSync(outDir)
  return path.dirname(real) === realpathSync(folders(outDir).builds) ? path.basename(real) : undefined
}

/** The pages the partial build rendered again or took away, per language (written by storefront/lib/data/partial-build.ts). */
function pagesTouched(snapshot: string): Record<"vi" | "en", PagesTouched> {
  const read = (locale: "vi" | "en"): PagesTouched => {
    const file = path.join(snapshot, `pages-${locale}.json`)
    if (!existsSync(file)) throw new Error(`The partial build wrote no page list (${file}).`)
    return JSON.parse(readFileSync(file, "utf8")) as PagesTouched
  }
  return { vi: read("vi"), en: read("en") }
}

async function astroBuild(build: StorefrontBuild, env: Record<string, string>): Promise<void> {
  await mkdir(path.dirname(env.STOREFRONT_OUT_DIR ?? ""), { recursive: true })
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
      STOREFRONT_CACHE_DIR: `${build.outDir}.cache`,
      ASTRO_TELEMETRY_DISABLED: "1",
      STOREFRONT_ONLY: "",
      ...env,
    },
  })
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

/**
 * Keeps the live build and the one before it, which requests already under way may still
 * read, and the catalog snapshot of the live one (the next partial build starts from it).
 */
async function removeOldBuilds(dirs: ReturnType<typeof folders>, live: string): Promise<void> {
  const builds = (await readdir(dirs.builds)).sort()
  const keep = new Set([live, builds.filter((b) => b !== live).at(-1)])
  for (const name of builds) {
    if (!keep.has(name)) await rm(path.join(dirs.builds, name), { recursive: true, force: true })
  }
  const snapshots = existsSync(dirs.snapshots) ? await readdir(dirs.snapshots) : []
  for (const name of snapshots) {
    if (name !== live) await rm(path.join(dirs.snapshots, name), { recursive: true, force: true })
  }
}
