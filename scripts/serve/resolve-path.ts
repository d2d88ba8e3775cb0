import { realpath, stat } from "node:fs/promises"
import path from "node:path"

export type Resolved =
  | { kind: "file"; file: string; size: number; mtimeMs: number }
  | { kind: "redirect"; location: string }
  | { kind: "not-found" }
  | { kind: "bad-request" }

/**
 * Maps a request path to a file under `root`, refusing anything that could leave it:
 * ".." segments (raw or percent-encoded), NUL bytes, backslashes, and symlinks that point
 * outside. Folders serve their index.html; a folder asked for without its trailing slash
 * is redirected, so relative links in the page resolve as the build intended.
 */
export async function resolveRequestPath(root: string, rawUrl: string): Promise<Resolved> {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? "/"
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return { kind: "bad-request" }
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\")) return { kind: "bad-request" }
  if (decoded.split("/").includes("..")) return { kind: "bad-request" }
  const candidate = path.join(root, decoded)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return { kind: "bad-request" }
  const found = await statOrUndefined(candidate)
  if (!found) return { kind: "not-found" }
  if (found.isDirectory()) {
    if (!decoded.endsWith("/")) {
      const query = rawUrl.slice(rawPath.length)
      return { kind: "redirect", location: `${rawPath}/${query}` }
    }
    return resolveFile(root, path.join(candidate, "index.html"))
  }
  return resolveFile(root, candidate)
}

async function resolveFile(root: string, file: string): Promise<Resolved> {
  const real = await realpath(file).catch(() => undefined)
  const realRoot = await realpath(root)
  if (!real || !(real === realRoot || real.startsWith(realRoot + path.sep))) return { kind: "not-found" }
  const info = await statOrUndefined(real)
  if (!info || !info.isFile()) return { kind: "not-found" }
  return { kind: "file", file: real, size: info.size, mtimeMs: info.mtimeMs }
}

async function statOrUndefined(file: string) {
  return stat(file).catch(() => undefined)
}
