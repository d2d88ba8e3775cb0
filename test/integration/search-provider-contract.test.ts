import { describe, it } from "vitest"
import { VietnameseSearchService } from "@/modules/search-vietnamese/service"
import { describeProviderContract } from "../search/provider-contract"
import { pgManager } from "#scripts/bench/search-pg-manager.ts"

const databaseUrl = process.env.DATABASE_URL

if (!databaseUrl) {
  describe("search provider contract: embedded PostgreSQL", () => {
    it.skip("needs DATABASE_URL of a migrated Chợ Phiên database (npm test passes it)", () => {})
  })
} else {
  describeProviderContract("embedded PostgreSQL (search-vietnamese)", async () => {
    const { manager, close } = pgManager(databaseUrl)
    return { provider: new VietnameseSearchService({ manager }), identifier: VietnameseSearchService.identifier, close }
  })
}

const meiliUrl = process.env.MEILI_URL

if (!meiliUrl) {
  describe("search provider contract: Meilisearch", () => {
    // No Meilisearch server can run on this machine; CI or production sets MEILI_URL.
    it.skip("skipped: MEILI_URL is not set, so there is no Meilisearch server to test against", () => {})
  })
} else {
  describeProviderContract("Meilisearch", async () => {
    const { MeilisearchSearchProviderService } = await import("@rokmohar/medusa-plugin-meilisearch/providers/meilisearch")
    const provider = new MeilisearchSearchProviderService({}, { config: { host: meiliUrl, apiKey: process.env.MEILI_API_KEY } })
    return { provider, identifier: "meilisearch" }
  })
}
