import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { brotliCompressSync, constants, gzipSync } from "node:zlib"

/** One representative built page per page type, as a buyer on a phone first opens it. */
export const PAGE_TYPES: Record<string, string> = {
  home: "index.html",
  category: "danh-muc/nong-san/index.html",
  product: "san-pham/hat-de-trung-khanh/index.html",
  producer: "nguoi-ban/ho-nong-thi-hoa/index.html",
  destination: "diem-den/pac-bo/index.html",
  search: "tim-kiem/index.html",
  "product (en)": "en/products/hat-de-trung-khanh/index.html",
}

export type Weight = { html: number; css: number; js: number; total: number; brotliTotal: number; requests: number }

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length
const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

/** Same-origin stylesheets and scripts a page loads before any image, found in its HTML. */
function linkedAssets(html: string): { css: string[]; js: string[] } {
  const attr = (tag: RegExp) => [...html.matchAll(tag)].map((m) => m[1] ?? "").filter((url) => url.startsWith("/"))
  return {
    css: attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    js: attr(/<script[^>]+src="([^"]+)"/g),
  }
}

/** Inline <script> bodies count as JavaScript even though they travel inside the HTML. */
function inlineScriptBytes(html: string): Buffer {
  const bodies = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "")
  return Buffer.from(bodies.join("\n"))
}

/** Compressed bytes (gzip -9, what every CDN serves; brotli shown beside) before images. */
export function measurePage(siteDir: string, file: string): Weight | undefined {
  const htmlPath = path.join(siteDir, file)
  if (!existsSync(htmlPath)) return undefined
  const htmlBytes = readFileSync(htmlPath)
  const html = htmlBytes.toString("utf8")
  const assets = linkedAssets(html)
  const read = (url: string) => readFileSync(path.join(siteDir, url.split("?")[0] ?? url))
  const css = assets.css.map(read)
  const js = assets.js.map(read)
  const sum = (parts: Buffer[], size: (b: Buffer) => number) => parts.reduce((n, b) => n + size(b), 0)
  const inlineJs = inlineScriptBytes(html)
  const weight = {
    html: gzip(htmlBytes),
    css: sum(css, gzip),
    js: sum(js, gzip) + (inlineJs.length ? gzip(inlineJs) : 0),
    requests: 1 + css.length + js.length,
  }
  return {
    ...weight,
    total: weight.html + weight.css + sum(js, gzip),
    brotliTotal: brotli(htmlBytes) + sum(css, brotli) + sum(js, brotli),
  }
}
