import { readFile, stat } from "node:fs/promises"
import path from "node:path"
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers-file.ts"

/**
 * The rules of the build's `_headers`, read again whenever the live build changes (the site
 * folder is a symlink swapped on each rebuild, so the file's identity is its real path and
 * modification time). A site without the file gets no extra headers.
 */
export class SiteHeaders {
  private loaded: { key: string; rules: HeaderRule[] } | undefined
  private readonly file: string

  constructor(root: string) {
    this.file = path.join(root, "_headers")
  }

  async for(urlPath: string): Promise<Record<string, string>> {
    return headersFor(await this.rules(), urlPath)
  }

  private async rules(): Promise<HeaderRule[]> {
    const info = await stat(this.file).catch(() => undefined)
    if (!info) return []
    const key = `${info.ino}:${info.mtimeMs}`
    if (this.loaded?.key !== key) this.loaded = { key, rules: parseHeadersFile(await readFile(this.file, "utf8")) }
    return this.loaded.rules
  }
}

/** Names a CDN never serves as files: the headers file describes the site, it is not part of it. */
export function isHeadersFile(urlPath: string): boolean {
  return urlPath === "/_headers"
}
