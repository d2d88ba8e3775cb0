import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { loopback, pooled, rawCall, type RawReply } from "../support/security-http"
import { allRoutes } from "../support/security-routes"
import { leaksIn, secretNeedles } from "../support/security-secrets"
import { withDb } from "../support/seller-api"

/**
 * Crawls the Store API as a visitor (publishable key only): every GET list route, then every
 * detail route for each id, handle or slug the lists name, plus requests that ask for private
 * fields by name. Every answer and every file of the built storefront is scanned for
 * households' status and phones, password hashes, staff logins and server secrets.
 */
const dataDir = process.env.CHO_PHIEN_DATA_DIR ?? ".data"
const needles = secretNeedles(dataDir)
const from = loopback()

/** Requests that try to pull private fields through Medusa's `fields` parameter. */
const PRYING = [
  "/store/products?fields=*producer",
  "/store/products?fields=%2Bproducer.household_status,%2Bproducer.phone",
  "/store/products?fields=producer.*",
  "/store/products?fields=*variants.inventory_items,*producer,%2Bmetadata",
  "/store/producers?fields=household_status",
  "/store/search?q=&type=producer&limit=50",
  "/store/search?q=ho&limit=50",
  "/store/search?q=&limit=50",
  "/store/impact",
]

type Crawled = { path: string; reply: RawReply }

/** The values a detail route's parameter takes, read from its list route's answer. */
function keysFrom(body: unknown, param: string): string[] {
  const field = param === "id" ? "id" : param
  const found = new Set<string>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 2 || value === null || typeof value !== "object") return
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1))
    const record = value as Record<string, unknown>
    if (typeof record[field] === "string") found.add(record[field] as string)
    Object.values(record).forEach((child) => Array.isArray(child) && visit(child, depth + 1))
  }
  visit(body, 0)
  return [...found]
}

async function crawl(): Promise<Crawled[]> {
  const gets = allRoutes().filter((r) => r.method === "GET" && r.template.startsWith("/store"))
  const lists = gets.filter((r) => !r.template.includes(":")).map((r) => r.template)
  // Carts, customers and orders need a token or are closed; the role sweep covers them.
  const listPaths = lists.filter((p) => !/^\/store\/(customers|orders|carts)/.test(p)).map((p) => `${p}${p.includes("?") ? "&" : "?"}limit=100`)
  const first = await pooled([...listPaths, ...PRYING], 6, async (p) => ({ path: p, reply: await rawCall("GET", p, { from }) }))
  const bodies = new Map(first.slice(0, listPaths.length).map((c) => [c.path.split("?")[0], c.reply]))
  const details: string[] = []
  for (const route of gets.filter((r) => /:[a-z_]+/.test(r.template))) {
    const [, listPath, param, rest] = /^(.*)\/:([a-z_]+)(.*)$/.exec(route.template) ?? []
    const list = bodies.get(listPath)
    if (!list || list.status !== 200 || rest.includes(":")) continue
    for (const key of keysFrom(JSON.parse(list.text), param)) details.push(`${listPath}/${encodeURIComponent(key)}${rest}`)
  }
  const second = await pooled(details, 6, async (p) => ({ path: p, reply: await rawCall("GET", p, { from }) }))
  return [...first, ...second]
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|js|mjs|json|xml|txt|css|webmanifest|map)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe("no secret or private data in the Store API or the built site", () => {
  let crawled: Crawled[] = []

  beforeAll(async () => {
    crawled = await crawl()
    const statuses = new Map<number, number>()
    for (const c of crawled) statuses.set(c.reply.status, (statuses.get(c.reply.status) ?? 0) + 1)
    console.info(`Store crawl: ${crawled.length} answers (${[...statuses].map(([s, n]) => `${n}× ${s}`).join(", ")}) scanned for ${needles.length} kinds of secret`)
  }, 600_000)

  it("scans for the server's own secrets and staff logins (the list is not empty)", () => {
    const names = needles.map((n) => n.name)
    expect(names).toEqual(expect.arrayContaining(["secrets.json jwtSecret", "secrets.json cookieSecret", "secrets.json pgPassword", "operator email", "a household's phone"]))
  })

  it("recognises the real things: a stored password hash, a household's status, the secrets", async () => {
    const hash = await withDb(async (db) => (await db.query("select provider_metadata->>'password' as p from provider_identity where provider = 'emailpass' limit 1")).rows[0].p as string)
    expect(leaksIn(JSON.stringify({ password: hash }), needles)).toContain("scrypt hash")
    expect(leaksIn('{"status":"near_poor"}', needles)).toContain("household status value near_poor")
    const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { jwtSecret: string }
    expect(leaksIn(`token=${secrets.jwtSecret}`, needles)).toEqual(["secrets.json jwtSecret"])
    expect(leaksIn("sk_test_51AbCdEfGhIjKlMnOp whsec_AbCdEfGhIjKlMnOp", needles)).toEqual(["Stripe secret key", "Stripe webhook secret"])
  })

  it("crawls lists and the detail page of every product, household and destination", () => {
    const ok = crawled.filter((c) => c.reply.status === 200).map((c) => c.path)
    expect(ok.filter((p) => p.startsWith("/store/products/")).length).toBeGreaterThan(10)
    expect(ok.filter((p) => p.startsWith("/store/producers/")).length).toBeGreaterThan(10)
    expect(ok.filter((p) => p.startsWith("/store/destinations/")).length).toBeGreaterThan(3)
    expect(ok.filter((p) => p.startsWith("/store/experiences/")).length).toBeGreaterThan(3)
  })

  it("finds nothing private in any Store API answer", () => {
    const leaks = crawled.flatMap((c) => leaksIn(c.reply.text, needles).map((name) => `${c.path} (${c.reply.status}): ${name}`))
    expect(leaks).toEqual([])
  })

  it("finds nothing private in any file of the built storefront", () => {
    const outDir = path.resolve(process.env.STOREFRONT_OUT_DIR ?? "dist")
    expect(existsSync(outDir), `no build at ${outDir}`).toBe(true)
    const files = builtFiles(outDir)
    expect(files.length).toBeGreaterThan(50)
    const leaks = files.flatMap((file) => leaksIn(readFileSync(file, "utf8"), needles).map((name) => `${path.relative(outDir, file)}: ${name}`))
    expect(leaks).toEqual([])
  })
})
