import { setTimeout as sleep } from "node:timers/promises"
import {
  createListing,
  deleteListing,
  type Listing,
  type Probe,
  setPublished,
  signInSeller,
  waitForPage,
} from "#scripts/lib/storefront/freshness-probe.ts"

/** The design's freshness contract: a seller's new listing is on the storefront within 60 s. */
const FRESHNESS_MS = 60_000

const probe: Probe = {
  medusaUrl: process.env.CHO_PHIEN_MEDUSA_URL ?? "http://localhost:9000",
  storefrontUrl: process.env.CHO_PHIEN_STOREFRONT_URL ?? "http://localhost:4321",
}

describe("storefront freshness after a seller publishes", () => {
  let token: string
  let listing: Listing | undefined

  beforeAll(async () => {
    token = await signInSeller(probe)
  })

  afterAll(async () => {
    if (listing) await deleteListing(probe, token, listing).catch(() => undefined)
  })

  it(
    "serves the product page within 60 s of publishing, and removes it within 60 s of unpublishing",
    async () => {
      listing = await createListing(probe, token, "độ tươi")
      // A draft is not on the storefront: a 200 later can only come from publishing it.
      await sleep(500)
      expect((await fetch(new URL(`/san-pham/${listing.handle}/`, probe.storefrontUrl))).status).toBe(404)

      expect(await setPublished(probe, token, listing, true)).toBe("published")
      const liveAfter = await waitForPage(probe, listing, "live", FRESHNESS_MS)
      expect(liveAfter).toBeLessThanOrEqual(FRESHNESS_MS / 1000)

      expect(await setPublished(probe, token, listing, false)).toBe("draft")
      const goneAfter = await waitForPage(probe, listing, "gone", FRESHNESS_MS)
      expect(goneAfter).toBeLessThanOrEqual(FRESHNESS_MS / 1000)
    },
    2 * FRESHNESS_MS + 30_000,
  )
})
