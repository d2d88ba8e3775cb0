import { link, mkdir, readdir, rename, rm } from "node:fs/promises"
import path from "node:path"

/** Every file under `dir`, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/**
 * A copy of `from` at `to` made of hard links: instant and free of disk, and safe because
 * a build never writes into a file, it only puts new files in place (see overlay).
 */
export async function linkTree(from: string, to: string): Promise<number> {
  const files = await listFiles(from)
  const dirs = new Set(files.map((file) => path.dirname(file)))
  for (const dir of [...dirs].sort()) await mkdir(path.join(to, dir), { recursive: true })
  for (const file of files) await link(path.join(from, file), path.join(to, file))
  return files.length
}

/**
 * Moves every file of `from` into `to`, replacing what is there. A rename replaces the
 * directory entry, never the old file's content, so the live build that shares that file
 * through a hard link keeps serving it unchanged.
 */
export async function overlay(from: string, to: string): Promise<number> {
  const files = await listFiles(from)
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true })
    await rename(path.join(from, file), path.join(to, file))
  }
  return files.length
}

/** Takes a page's folder out of a build (a product that was unpublished or renamed). */
export async function removePage(root: string, pagePath: string): Promise<void> {
  const target = path.resolve(root, `.${pagePath}`)
  const relative = path.relative(root, target)
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative) || pagePath.split("/").includes("..")) {
    throw new Error(`Refusing to remove ${pagePath} from a build.`)
  }
  await rm(target, { recursive: true, force: true })
}

/**
 * The next build from the live one and a partial build: every live file linked, `clear`
 * (pages that are gone, listings' later pages that are rendered again) taken out, then the
 * partial build's files moved over it. Returns how many files were linked and written.
 */
export async function assemble(parts: { live: string; partial: string; target: string; clear: readonly string[] }): Promise<{ linked: number; written: number }> {
  const linked = await linkTree(parts.live, parts.target)
  for (const page of parts.clear) await removePage(parts.target, page)
  const written = await overlay(parts.partial, parts.target)
  return { linked, written }
}
