import { createHash } from "node:crypto"
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { AstroIntegration } from "astro"
import { siteHeaderRules, type SiteEntries, type SitePolicyInput } from "./content-security-policy.ts"
import { formatHeadersFile } from "./headers-file.ts"

/** Where the checkout page loads Stripe.js from; the same default as CheckoutPage.astro. */
const DEFAULT_STRIPE_JS = "https://js.stripe.com/v3/"

/**
 * Writes `_headers` into the build: the security headers and the Content-Security-Policy of
 * every section, with the hashes of whatever inline style or script the pages hold. The static
 * server applies it (scripts/serve/static-server.ts); a CDN reads it as it is.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: "cho-phien-security-headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const cache: PageHashCache = {}
        const input = await writeHeadersFile(fileURLToPath(dir), process.env, { next: cache })
        // A partial build started from this one reads only the pages it wrote (scripts/lib/storefront/build.ts).
        const snapshot = process.env.STOREFRONT_SNAPSHOT_OUT
        if (snapshot) await savePageHashes(snapshot, cache)
        logger.info(`_headers written (${input.styleHashes.length} inline styles, ${input.scriptHashes.length} inline scripts hashed)`)
      },
    },
  }
}

/**
 * (Re)writes `root/_headers` from the pages that are there. A partial build calls it again on
 * the merged site: its own Astro run saw only the pages it rendered. The old file is removed
 * first, as it may be a hard link into the live build.
 */
export async function writeHeadersFile(root: string, env: NodeJS.ProcessEnv, cache?: HashCacheUse): Promise<SitePolicyInput> {
  const input = await policyInput(root, env, cache)
  const rules = siteHeaderRules(await siteEntries(root), input)
  await rm(path.join(root, "_headers"), { force: true })
  await writeFile(path.join(root, "_headers"), formatHeadersFile(rules, HEADER_COMMENT))
  return input
}

const HEADER_COMMENT = [
  "Written by scripts/serve/astro-security-headers.ts at build time; the static server applies it",
  "and Netlify or Cloudflare Pages read it as it is. Rebuild rather than edit: the hashes follow the pages.",
]

export async function policyInput(root: string, env: NodeJS.ProcessEnv, cache?: HashCacheUse): Promise<SitePolicyInput> {
  const inline = await inlineHashes(root, cache)
  return {
    medusaOrigin: new URL(env.MEDUSA_URL || "http://localhost:9000").origin,
    imageOrigins: (env.STOREFRONT_IMAGE_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean)
      .map((origin) => new URL(origin).origin),
    stripeJsOrigin: new URL(env.STOREFRONT_STRIPE_JS_URL || DEFAULT_STRIPE_JS).origin,
    ...inline,
  }
}

/** Script types a browser runs; JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i

/**
 * Each page's hashes with the file they were read from (inode, size, mtime), by path in
 * the build. A partial build hard-links every page it did not render from the live build,
 * so a page whose file is the same as last time is not read again: at 10,000 products that
 * was 750 MB of HTML read for every changed product.
 */
export type PageHashCache = Record<string, { ino: number; size: number; mtimeMs: number; styleHashes: string[]; scriptHashes: string[] }>

/** The cache of the build being started from (`previous`), and one to fill for this build (`next`). */
export type HashCacheUse = { previous?: PageHashCache; next?: PageHashCache }

const PAGE_HASHES_FILE = "page-hashes.json"

export async function savePageHashes(dir: string, cache: PageHashCache): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, PAGE_HASHES_FILE), JSON.stringify(cache))
}

/** A build's page hashes, or undefined when it left none (every page is read then). */
export async function readPageHashes(dir: string): Promise<PageHashCache | undefined> {
  const text = await readFile(path.join(dir, PAGE_HASHES_FILE), "utf8").catch(() => undefined)
  return text === undefined ? undefined : (JSON.parse(text) as PageHashCache)
}

/** Hashes of every inline <style> and executable inline <script> of the built pages. */
export async function inlineHashes(root: string, cache: HashCacheUse = {}): Promise<{ styleHashes: string[]; scriptHashes: string[] }> {
  const styles = new Set<string>()
  const scripts = new Set<string>()
  for (const file of await htmlFiles(root)) {
    const key = path.relative(root, file)
    const { ino, size, mtimeMs } = await stat(file)
    const known = cache.previous?.[key]
    const same = known !== undefined && known.ino === ino && known.size === size && known.mtimeMs === mtimeMs
    const page = same ? known : pageHashes(await readFile(file, "utf8"))
    if (cache.next) cache.next[key] = { ino, size, mtimeMs, styleHashes: page.styleHashes, scriptHashes: page.scriptHashes }
    page.styleHashes.forEach((hash) => styles.add(hash))
    page.scriptHashes.forEach((hash) => scripts.add(hash))
  }
  return { styleHashes: [...styles].sort(), scriptHashes: [...scripts].sort() }
}

/** The CSP sources ('sha256-…') one page's inline <style> and executable inline <script> need. */
export function pageHashes(html: string): { styleHashes: string[]; scriptHashes: string[] } {
  const styleHashes = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((match) => sha256(match[2] ?? ""))
  const scriptHashes = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter((match) => {
      const attributes = match[1] ?? ""
      const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? ""
      return !/\ssrc\s*=/i.test(attributes) && EXECUTABLE.test(type)
    })
    .map((match) => sha256(match[2] ?? ""))
  return { styleHashes, scriptHashes }
}

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html")).map((entry) => path.join(entry.parentPath, entry.name))
}

async function siteEntries(root: string): Promise<SiteEntries> {
  const list = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
    return {
      folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      files: entries.filter((entry) => entry.isFile() && entry.name !== "_headers").map((entry) => entry.name),
    }
  }
  const top = await list(root)
  const en = await list(path.join(root, "en"))
  return { ...top, enFolders: en.folders, enFiles: en.files }
}
