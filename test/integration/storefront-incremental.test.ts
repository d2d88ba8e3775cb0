import { existsSync, readFileSync, realpathSync, statSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { pageShowsTitle } from "#scripts/lib/storefront/build-probe.ts"
import { buildStorefront, type StorefrontBuild } from "#scripts/lib/storefront/build.ts"
import { CATALOG_CHANGED_CHANNEL } from "#scripts/lib/storefront/rebuild-watcher.ts"
import { parseCatalogChange } from "#scripts/lib/storefront/catalog-changes.ts"
import { ChildGroup } from "#scripts/lib/process/child.ts"
import { createListing, DEMO_SELLER, deleteListing, type Listing, type Probe, setPublished, signInSeller } from "#scripts/lib/storefront/freshness-probe.ts"

/**
 * The storefront's partial build against the test stack's real Store API: after one
 * product changes, only the pages that show it are rendered again, every other file of the
 * new build is the live build's own (same inode), and categories, household and sitemap
 * still tell the truth. Builds go to a temporary folder, never to the stack's own site.
 */
const probe: Probe = {
  medusaUrl: process.env.CHO_PHIEN_MEDUSA_URL ?? "http://localhost:9000",
  storefrontUrl: process.env.CHO_PHIEN_STOREFRONT_URL ?? "http://localhost:4321",
}
const BUILD_MS = 8 * 60_000

const products = (...ids: string[]) => ({ kind: "products" as const, ids: new Set(ids) })

async function renameListing(token: string, listing: Listing, title: string): Promise<void> {
  const route = `/seller/households/${DEMO_SELLER.household}/products/${listing.id}`
  const response = await fetch(new URL(route, probe.medusaUrl), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ title_vi: title }),
  })
  expect(response.status, await response.text()).toBe(200)
}

describe("a storefront build after one product changes", () => {
  let token: string
  let listing: Listing | undefined
  let work: string
  let build: StorefrontBuild
  const site = (page: string) => path.join(realpathSync(build.outDir), page, "index.html")
  const read = (page: string) => readFileSync(site(page), "utf8")

  beforeAll(async () => {
    token = await signInSeller(probe)
    work = await mkdtemp(path.join(tmpdir(), "cho-phien-incremental-"))
    build = {
      medusaUrl: probe.medusaUrl,
      publishableKey: process.env.CHO_PHIEN_PUBLISHABLE_KEY ?? "",
      outDir: path.join(work, "storefront"),
      group: new ChildGroup(),
    }
  })

  afterAll(async () => {
    if (listing) await deleteListing(probe, token, listing).catch(() => undefined)
    await build.group.stopAll()
    await rm(work, { recursive: true, force: true })
  })

  it(
    "renders only the changed product's pages, links every other file, and keeps listings and sitemap right",
    async () => {
      listing = await createListing(probe, token, "dựng lẻ")
      await setPublished(probe, token, listing, true)
      const full = await buildStorefront(build)
      expect(full.plan.kind).toBe("full")
      expect(pageShowsTitle(read(`san-pham/${listing.handle}`), listing.title)).toBe(true)

      // Pages this product is not on: another household's product, another category.
      const untouched = ["san-pham/khan-tho-cam-hmong", "san-pham/hat-de-trung-khanh", "danh-muc/thu-cong"].filter((page) => existsSync(site(page)))
      expect(untouched).toHaveLength(3)
      const inodes = new Map(untouched.map((page) => [page, statSync(site(page)).ino]))

      const renamed = `${listing.title} đã đổi`
      await renameListing(token, listing, renamed)
      const partial = await buildStorefront({ ...build, changes: products(listing.id) })
      expect(partial.plan.kind).toBe("incremental")
      expect(partial.pagesLinked).toBeGreaterThan(partial.pagesWritten)

      expect(pageShowsTitle(read(`san-pham/${listing.handle}`), renamed)).toBe(true)
      expect(existsSync(site(`en/products/${listing.handle}`))).toBe(true)
      expect(read("danh-muc/nong-san")).toContain(renamed)
      expect(read(`nguoi-ban/${DEMO_SELLER.household}`)).toContain(renamed)
      for (const [page, inode] of inodes) expect(statSync(site(page)).ino, page).toBe(inode)
      expect(readFileSync(path.join(realpathSync(build.outDir), "sitemap.xml"), "utf8")).toContain(`/san-pham/${listing.handle}/`)
      // A destination change renders no product page at all; the security headers must still
      // cover every section of the merged site, not only what that partial run rendered.
      const destinationOnly = await buildStorefront({ ...build, changes: { kind: "products", ids: new Set<string>() } })
      expect(destinationOnly.plan.kind).toBe("incremental")
      const headers = readFileSync(path.join(realpathSync(build.outDir), "_headers"), "utf8")
      for (const section of ["/san-pham/*", "/danh-muc/*", "/nguoi-ban/*", "/en/products/*", "/diem-den/*", "/thanh-toan/*"]) {
        expect(headers, section).toContain(`\n${section}\n  Content-Security-Policy: `)
      }

      await setPublished(probe, token, listing, false)
      const gone = await buildStorefront({ ...build, changes: products(listing.id) })
      expect(gone.plan.kind).toBe("incremental")
      expect(existsSync(site(`san-pham/${listing.handle}`))).toBe(false)
      expect(existsSync(site(`en/products/${listing.handle}`))).toBe(false)
      expect(read("danh-muc/nong-san")).not.toContain(renamed)
      expect(readFileSync(path.join(realpathSync(build.outDir), "sitemap.xml"), "utf8")).not.toContain(`/san-pham/${listing.handle}/`)
    },
    3 * BUILD_MS,
  )

  it("hears from Medusa which product a seller's edit changed", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const heard: string[] = []
    client.on("notification", (message) => {
      if (message.channel === CATALOG_CHANGED_CHANNEL && message.payload) heard.push(message.payload)
    })
    try {
      await client.query(`LISTEN ${CATALOG_CHANGED_CHANNEL}`)
      const own = listing ?? (listing = await createListing(probe, token, "nghe tin"))
      await renameListing(token, own, `${own.title} nghe`)
      const deadline = Date.now() + 30_000
      const names = () => heard.map(parseCatalogChange).some((change) => change.kind === "products" && change.ids.has(own.id))
      while (!names() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      expect(names(), `notifications: ${heard.join(" | ")}`).toBe(true)
    } finally {
      await client.end()
    }
  })
})
