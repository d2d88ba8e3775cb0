import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises"
import { request } from "node:http"
import { tmpdir } from "node:os"
import path from "node:path"
import { gunzipSync, brotliDecompressSync } from "node:zlib"
import { startStaticServer, type RunningStaticServer } from "#scripts/serve/static-server.ts"

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw request: fetch() would normalise "/../" away before it ever reached the server. */
function get(server: RunningStaticServer, rawPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (chunk: Buffer) => chunks.push(chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on("error", reject)
    req.end()
  })
}

describe("static storefront server", () => {
  let root: string
  let server: RunningStaticServer

  beforeAll(async () => {
    const parent = await mkdtemp(path.join(tmpdir(), "cho-phien-serve-"))
    root = path.join(parent, "site")
    await mkdir(path.join(root, "san-pham/hat-de"), { recursive: true })
    await mkdir(path.join(root, "_astro"), { recursive: true })
    await writeFile(path.join(parent, "secret.txt"), "outside the site")
    await writeFile(path.join(root, "index.html"), "<h1>Chợ Phiên</h1>".repeat(50))
    await writeFile(path.join(root, "san-pham/hat-de/index.html"), "<p>180.000 ₫</p>")
    await writeFile(path.join(root, "_astro/app.abc123.js"), "export const x = 1\n")
    await writeFile(path.join(root, "404.html"), "<p>Không tìm thấy</p>")
    server = await startStaticServer({ root, port: 0 })
  })

  afterAll(async () => {
    await server.close()
    await rm(path.dirname(root), { recursive: true, force: true })
  })

  it.each(["/../etc/passwd", "/..%2f..%2fetc/passwd", "/%2e%2e/secret.txt", "/san-pham/..%5c..%5csecret.txt", "/a%00b"])(
    "refuses to leave the site folder for %s",
    async (rawPath) => {
      const reply = await get(server, rawPath)
      expect([400, 404]).toContain(reply.status)
      expect(reply.body.toString()).not.toContain("outside the site")
      expect(reply.body.toString()).not.toContain("root:")
    },
  )

  it("serves a folder's index.html with an HTML content type", async () => {
    const reply = await get(server, "/san-pham/hat-de/")
    expect(reply.status).toBe(200)
    expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8")
    expect(reply.body.toString()).toBe("<p>180.000 ₫</p>")
  })

  it("redirects a folder asked for without its trailing slash", async () => {
    const reply = await get(server, "/san-pham/hat-de?x=1")
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe("/san-pham/hat-de/?x=1")
  })

  it("answers an unknown page with the site's 404 page", async () => {
    const reply = await get(server, "/khong-co/")
    expect(reply.status).toBe(404)
    expect(reply.body.toString()).toContain("Không tìm thấy")
  })

  it("compresses with brotli, or gzip, when the browser accepts it", async () => {
    const br = await get(server, "/", { "accept-encoding": "gzip, br" })
    expect(br.headers["content-encoding"]).toBe("br")
    expect(brotliDecompressSync(br.body).toString()).toContain("Chợ Phiên")
    const gz = await get(server, "/", { "accept-encoding": "gzip" })
    expect(gz.headers["content-encoding"]).toBe("gzip")
    expect(gunzipSync(gz.body).toString()).toContain("Chợ Phiên")
    const plain = await get(server, "/")
    expect(plain.headers["content-encoding"]).toBeUndefined()
  })

  it("lets browsers keep fingerprinted assets for a year", async () => {
    const reply = await get(server, "/_astro/app.abc123.js")
    expect(reply.headers["content-type"]).toBe("text/javascript; charset=utf-8")
    expect(reply.headers["cache-control"]).toContain("immutable")
  })
})
