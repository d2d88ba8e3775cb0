import { readFile, stat } from "node:fs/promises"
import path from "node:path"
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers-file.ts"

/**
 * The rules of a build's `_headers`, read again whenever the live build changes. The site
 * folder is a symlink swapped on each rebuild, so callers pass the build folder the request
 * resolved to: a page and its headers then always come from the same build, even at the
 * instant of a swap. A site without the file gets no extra headers.
 */
export class SiteHeaders {
  private loaded: { key: string; rules: HeaderRule[] } | undefined

  async for(buildDir: string, urlPath: string): Promise<Record<string, string>> {
    return headersFor(await this.rules(path.join(buildDir, "_headers")), urlPath)
  }

  private async rules(file: string): Promise<HeaderRule[]> {
    const info = await stat(file).catch(() => undefined)
    if (!info) return []
    const key = `${file}:${info.ino}:${info.mtimeMs}`
    if (this.loaded?.key !== key) this.loaded = { key, rules: parseHeadersFile(await readFile(file, "utf8")) }
    return this.loaded.rules
  }
}

/** Names a CDN never serves as files: the headers file describes the site, it is not part of it. */
export function isHeadersFile(urlPath: string): boolean {
  return urlPath === "/_headers"
}
