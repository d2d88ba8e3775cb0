import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises"
import { request } from "node:http"
import { tmpdir } from "node:os"
import path from "node:path"
import { pageHashes } from "#scripts/serve/astro-security-headers.ts"
import {
  contentSecurityPolicy,
  sectionPaths,
  siteHeaderRules,
  type Section,
  type SitePolicyInput,
} from "#scripts/serve/content-security-policy.ts"
import { formatHeadersFile, headersFor, parseHeadersFile, pathMatches } from "#scripts/serve/headers-file.ts"
import { startStaticServer, type RunningStaticServer } from "#scripts/serve/static-server.ts"

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw GET: fetch() would normalise encoded paths before the server saw them. */
function get(baseUrl: string, rawPath: string): Promise<Reply> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname === "localhost" ? "127.0.0.1" : hostname, port, path: rawPath }, (res) => {
      let body = ""
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => (body += chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on("error", reject)
    req.end()
  })
}

const input: SitePolicyInput = {
  medusaOrigin: "http://localhost:9000",
  imageOrigins: ["https://anh.cho-phien.vn"],
  styleHashes: ["'sha256-style'"],
  scriptHashes: [],
  stripeJsOrigin: "https://js.stripe.com",
}

const entries = {
  folders: ["_astro", "ban-hang", "san-pham", "thanh-toan", "en"],
  files: ["404.html", "index.html", "sitemap.xml"],
  enFolders: ["products", "checkout", "sell"],
  enFiles: ["index.html"],
}

describe("the storefront's _headers", () => {
  const rules = siteHeaderRules(entries, input)

  it("reads back what it writes", () => {
    expect(parseHeadersFile(formatHeadersFile(rules, ["a comment"]))).toEqual(rules)
  })

  it.each([
    ["a header before any path", "  X-Frame-Options: DENY\n", "line 1"],
    ["a rule that is not a path", "san-pham/*\n  X-Frame-Options: DENY\n", "line 1"],
    ["a header without a colon", "/*\n  X-Frame-Options DENY\n", "line 2"],
  ])("refuses a _headers file with %s, naming the line", (_label, text, line) => {
    expect(() => parseHeadersFile(text)).toThrow(line)
  })

  it.each<[string, Section]>([
    ["/", "site"],
    ["/san-pham/hat-de/", "site"],
    ["/en/products/hat-de/", "site"],
    ["/en/", "site"],
    ["/thanh-toan/", "checkout"],
    ["/en/checkout/", "checkout"],
    ["/ban-hang/", "seller"],
    ["/en/sell/", "seller"],
  ])("gives %s exactly one policy, the %s's", (urlPath, section) => {
    const policies = rules.filter((rule) => pathMatches(rule.path, urlPath) && rule.headers.some(([name]) => name === "Content-Security-Policy"))
    expect(policies).toHaveLength(1)
    expect(headersFor(rules, urlPath)["Content-Security-Policy"]).toBe(contentSecurityPolicy(input, section))
  })

  it("allows Stripe's script, frames and API on the checkout only, data: reads on the seller page only", () => {
    const checkout = contentSecurityPolicy(input, "checkout")
    const other = contentSecurityPolicy(input, "site")
    // The photo origins are in connect-src too: the service worker fetches photos to keep them.
    expect(contentSecurityPolicy(input, "seller")).toContain("connect-src 'self' http://localhost:9000 https://anh.cho-phien.vn data:;")
    expect(other).toContain("connect-src 'self' http://localhost:9000 https://anh.cho-phien.vn;")
    expect(checkout).toContain("script-src 'self' https://js.stripe.com;")
    expect(checkout).toContain("frame-src https://js.stripe.com https://hooks.stripe.com;")
    expect(checkout).toContain("connect-src 'self' http://localhost:9000 https://anh.cho-phien.vn https://api.stripe.com;")
    expect(other).not.toContain("stripe")
    for (const policy of [checkout, other, contentSecurityPolicy(input, "seller")]) {
      expect(policy).toContain("img-src 'self' data: blob: http://localhost:9000 https://anh.cho-phien.vn;")
      expect(policy).toContain("style-src 'self' 'sha256-style';")
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "worker-src 'self'"]) {
        expect(policy).toContain(directive)
      }
    }
  })

  it("lists the English sections one by one, so /en/checkout/ is never under a general /en/* rule", () => {
    expect(sectionPaths(entries)).toEqual(
      expect.arrayContaining(["/en/", "/en/checkout/*", "/en/products/*", "/thanh-toan/*", "/_astro/*", "/404.html"]),
    )
    expect(sectionPaths(entries)).not.toContain("/en/*")
  })
})

describe("the static server applies _headers", () => {
  let root: string
  let server: RunningStaticServer

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "cho-phien-csp-"))
    for (const folder of ["san-pham/hat-de", "thanh-toan", "en/checkout", "en/products/hat-de"]) {
      await mkdir(path.join(root, folder), { recursive: true })
      await writeFile(path.join(root, folder, "index.html"), `<p>${folder}</p>`)
    }
    await writeFile(path.join(root, "index.html"), "<p>home</p>")
    await writeFile(path.join(root, "404.html"), "<p>Không tìm thấy</p>")
    await writeFile(path.join(root, "_headers"), formatHeadersFile(siteHeaderRules(entries, input)))
    server = await startStaticServer({ root, port: 0 })
  })

  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  it.each<[string, Section]>([
    ["/thanh-toan/", "checkout"],
    ["/en/checkout/", "checkout"],
    // Percent-encoding a letter must not shed the checkout's own policy for the general one, or the reverse.
    ["/thanh-to%61n/", "checkout"],
    ["/san-pham/hat-de/", "site"],
    ["/en/products/hat-de/", "site"],
  ])("serves %s with the %s policy", async (rawPath, section) => {
    const reply = await get(server.url, rawPath)
    expect(reply.status).toBe(200)
    expect(reply.headers["content-security-policy"]).toBe(contentSecurityPolicy(input, section))
    expect(reply.headers).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" })
  })

  it("shows the not-found page with its own policy, also for an unknown top-level folder", async () => {
    const reply = await get(server.url, "/khong-co/")
    expect(reply.status).toBe(404)
    expect(reply.headers["content-security-policy"]).toBe(contentSecurityPolicy(input, "site"))
  })

  it("does not serve the _headers file itself", async () => {
    const reply = await get(server.url, "/_headers")
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain("Content-Security-Policy")
  })

  it("sends the common headers on a redirect to the folder's slash", async () => {
    const reply = await get(server.url, "/thanh-toan")
    expect(reply.status).toBe(301)
    expect(reply.headers).toMatchObject({ location: "/thanh-toan/", "x-frame-options": "DENY", "x-content-type-options": "nosniff" })
  })
})

describe("a live build that is a symlink swapped by each rebuild", () => {
  let parent: string
  let server: RunningStaticServer

  async function build(name: string, marker: string): Promise<void> {
    const dir = path.join(parent, "builds", name)
    await mkdir(path.join(dir, "_astro"), { recursive: true })
    await writeFile(path.join(dir, "index.html"), `<p>${marker}</p>`)
    await writeFile(path.join(dir, "_astro/app.abc.js"), "export {}\n")
    await writeFile(path.join(dir, "_headers"), `/*\n  X-Build: ${marker}\n`)
  }

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), "cho-phien-live-"))
    await build("1", "first")
    await build("2", "second")
    await symlink("builds/1", path.join(parent, "site"))
    server = await startStaticServer({ root: path.join(parent, "site"), port: 0 })
  })

  afterAll(async () => {
    await server.close()
    await rm(parent, { recursive: true, force: true })
  })

  it("serves the new build's page and headers together as soon as the symlink is swapped", async () => {
    const before = await get(server.url, "/")
    expect([before.body, before.headers["x-build"]]).toEqual(["<p>first</p>", "first"])
    await symlink("builds/2", path.join(parent, "site.next"))
    await rename(path.join(parent, "site.next"), path.join(parent, "site"))
    const after = await get(server.url, "/")
    expect([after.body, after.headers["x-build"]]).toEqual(["<p>second</p>", "second"])
  })

  it("keeps fingerprinted /_astro/ files cacheable for a year through the symlink", async () => {
    const reply = await get(server.url, "/_astro/app.abc.js")
    expect(reply.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
  })
})

describe("the built storefront of the running stack", () => {
  const outDir = process.env.STOREFRONT_OUT_DIR ?? ""
  const storefrontUrl = process.env.CHO_PHIEN_STOREFRONT_URL ?? "http://localhost:4321"

  it("serves every built page with a policy that holds the hash of each of its inline styles and scripts", async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith("index.html") || file === "404.html")
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const urlPath = file === "404.html" ? "/404.html" : `/${file.replace(/index\.html$/, "")}`
      const reply = await get(storefrontUrl, urlPath)
      const policy = String(reply.headers["content-security-policy"] ?? "")
      expect(policy, urlPath).toMatch(/^default-src 'self'; script-src 'self'/)
      const { styleHashes, scriptHashes } = pageHashes(await readFile(path.join(outDir, file), "utf8"))
      expect(styleHashes.length, `${urlPath} inlines its stylesheet`).toBeGreaterThan(0)
      for (const hash of [...styleHashes, ...scriptHashes]) expect(policy, `${urlPath} ${hash}`).toContain(hash)
    }
  })
})
