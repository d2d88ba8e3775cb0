import { createReadStream, existsSync } from "node:fs"
import { realpath, stat } from "node:fs/promises"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import path from "node:path"
import { chooseEncoding, CompressionCache } from "./compress.ts"
import { contentType, isCompressible } from "./content-types.ts"
import { resolveRequestPath } from "./resolve-path.ts"
import { isHeadersFile, SiteHeaders } from "./site-headers.ts"

export type StaticServerOptions = {
  root: string
  port: number
  /** 127.0.0.1 by default: a laptop on café Wi-Fi should not publish its market to the room. */
  host?: string
}

export type RunningStaticServer = { server: Server; url: string; close: () => Promise<void> }

/** Serves a built static site; see resolve-path.ts for what requests it refuses. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningStaticServer> {
  const root = path.resolve(options.root)
  const site: Site = { root, cache: new CompressionCache(), headers: new SiteHeaders() }
  const server = createServer((request, response) => {
    handle(site, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" })
      response.end(error instanceof Error ? "Internal error\n" : "")
    })
  })
  const host = options.host ?? "127.0.0.1"
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : options.port
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return { server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`, close }
}

type Site = { root: string; cache: CompressionCache; headers: SiteHeaders }

async function handle(site: Site, request: IncomingMessage, response: ServerResponse) {
  const { cache } = site
  // The live build, resolved once: a rebuild swapping the symlink mid-request cannot pair
  // one build's page with another build's headers (their style hashes differ).
  const root = await realpath(site.root).catch(() => site.root)
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" })
    response.end("Method not allowed\n")
    return
  }
  const resolved = await resolveRequestPath(root, request.url ?? "/")
  if (resolved.kind === "bad-request") {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
    response.end("Bad request\n")
    return
  }
  // Rules match the decoded path, so /thanh-to%61n/ gets the checkout's policy like /thanh-toan/.
  const urlPath = decodeURIComponent((request.url ?? "/").split(/[?#]/, 1)[0] ?? "/")
  const siteHeaders = await site.headers.for(root, urlPath)
  if (resolved.kind === "redirect") {
    response.writeHead(301, { ...siteHeaders, Location: resolved.location })
    response.end()
    return
  }
  if (resolved.kind === "not-found" || isHeadersFile(urlPath)) {
    // The not-found page is 404.html wherever it is shown, so its own policy comes along.
    const notFoundHeaders = { ...(await site.headers.for(root, "/404.html")), ...siteHeaders }
    await sendNotFound(root, cache, request, response, notFoundHeaders)
    return
  }
  const etag = `"${resolved.size.toString(36)}-${Math.trunc(resolved.mtimeMs).toString(36)}"`
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, { ...siteHeaders, ETag: etag })
    response.end()
    return
  }
  await sendFile(response, request, cache, resolved.file, 200, {
    ...siteHeaders,
    ETag: etag,
    "Cache-Control": cacheControl(root, resolved.file),
  })
}

/** Astro fingerprints everything under /_astro/, so those files never change under a name. */
function cacheControl(root: string, file: string): string {
  return path.relative(root, file).startsWith(`_astro${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache"
}

async function sendNotFound(
  root: string,
  cache: CompressionCache,
  request: IncomingMessage,
  response: ServerResponse,
  siteHeaders: Record<string, string>,
) {
  const page = path.join(root, "404.html")
  if (!existsSync(page)) {
    response.writeHead(404, { ...siteHeaders, "Content-Type": "text/plain; charset=utf-8" })
    response.end("Not found\n")
    return
  }
  await sendFile(response, request, cache, page, 404, { ...siteHeaders, "Cache-Control": "no-cache" })
}

async function sendFile(
  response: ServerResponse,
  request: IncomingMessage,
  cache: CompressionCache,
  file: string,
  status: number,
  headers: Record<string, string>,
) {
  const type = contentType(file)
  const encoding = isCompressible(type) ? chooseEncoding(request.headers["accept-encoding"]) : "identity"
  const common = { ...headers, "Content-Type": type, Vary: "Accept-Encoding", "X-Content-Type-Options": "nosniff" }
  const info = await stat(file)
  if (encoding === "identity") {
    response.writeHead(status, { ...common, "Content-Length": String(info.size) })
    if (request.method === "HEAD") return void response.end()
    createReadStream(file).pipe(response)
    return
  }
  const body = await cache.body(file, info.mtimeMs, encoding)
  response.writeHead(status, { ...common, "Content-Encoding": encoding, "Content-Length": String(body.length) })
  response.end(request.method === "HEAD" ? undefined : body)
}
