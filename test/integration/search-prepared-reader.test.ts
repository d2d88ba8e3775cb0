import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { preparedReader, SEARCH_APPLICATION_NAME } from "@/modules/search-vietnamese/prepared-reader"
import { queryTerms, toTsQuery } from "@/modules/search-vietnamese/query-terms"
import { VietnameseSearchService } from "@/modules/search-vietnamese/service"
import { pgManager } from "#scripts/bench/search-pg-manager.ts"
import { productDoc } from "../search/contract-documents"
import { scratchIndex } from "../search/scratch-index"

/**
 * Searches read through a pool of their own with prepared statements and generic plans
 * (prepared-reader.ts). These check on a real PostgreSQL that the plans really are generic
 * and reused, that the setting stays on those connections, and that searching goes on
 * after the server closes them (a restart, an idle timeout on the proxy).
 */
const databaseUrl = process.env.DATABASE_URL

if (!databaseUrl) {
  describe("search prepared reader", () => {
    it.skip("needs DATABASE_URL of a migrated Chợ Phiên database (npm test passes it)", () => {})
  })
} else {
  describe("search prepared reader", () => {
    const { manager, close } = pgManager(databaseUrl)
    const warnings: string[] = []
    const provider = new VietnameseSearchService({ manager, logger: { warn: (m: string) => warnings.push(m) } } as never)
    const { physical, index } = scratchIndex("prep")
    const search = async (q: string) =>
      await provider.search({
        index,
        attributes_to_retrieve: ["handle"],
        q,
        pagination: { skip: 0, take: 20, order: { _score: "DESC", handle: "ASC" } },
        search_options: { typo_tolerance: true, match_strategy: "last", count: "estimated", facets: [{ field: "category", type: "value" }] },
      } as SearchTypes.ProviderSearchQuery)
    const handles = (result: SearchTypes.SearchResult) => result.hits.map((hit) => String(hit.document.handle))
    const searchBackends = async () =>
      (await manager.execute(`SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()`, [SEARCH_APPLICATION_NAME])).map(
        (row) => Number(row.pid)
      )

    beforeAll(async () => {
      await provider.upsertIndex({ index })
      const docs = [
        productDoc({ handle: "mien-dong-phja-den", title: "Miến dong Phja Đén" }),
        productDoc({ handle: "hat-de-trung-khanh", title: "Hạt dẻ Trùng Khánh" }),
        productDoc({ handle: "thit-trau-gac-bep", title: "Thịt trâu gác bếp" }),
      ]
      await provider.upsertDocuments({ index: physical, definition: index, documents: docs })
    }, 120_000)

    afterAll(async () => {
      await provider.deleteIndex({ index: physical })
      await close()
    })

    it("runs each statement shape from one prepared statement with a generic plan", async () => {
      // One connection, so every call lands on the same session and its prepared statements.
      const reader = preparedReader(manager, () => {})
      const statement = `SELECT count(*)::int AS n FROM "search_vi_lexicon" WHERE "word" = ?`
      for (const word of ["mien", "dong", "hat", "de", "trau", "bep", "khanh"]) await reader.execute(statement, [word])
      const rows = await reader.execute(
        `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*)::int AS n FROM %'`
      )
      expect(rows).toEqual([{ generic: 7, custom: 0 }])
      const [setting] = await reader.execute(`SELECT current_setting('plan_cache_mode') AS mode`)
      expect(setting.mode).toBe("force_generic_plan")
    })

    it.each(["Miến dong Phja Đén", "ĐẶC SẢN Cao Bằng 500g", "H'Mông thổ cẩm", "hat de 2kg", "Smoked BUFFALO", "trà shan tuyết 100"])(
      "ranks with query words folded as the text search configuration folds them (%s)",
      async (q) => {
        // Ranking casts the folded words to tsquery instead of calling to_tsquery per row.
        const groups = queryTerms(q).map((term) => ({ term, alternatives: [], prefix: false }))
        const text = toTsQuery(groups, "all")
        const [row] = await manager.execute(`SELECT ?::tsquery::text AS cast, to_tsquery('medusa_search_vietnamese', ?)::text AS configured`, [text, text])
        expect(row.cast).toBe(row.configured)
      }
    )

    it("leaves the planner setting of other connections alone", async () => {
      const [row] = await manager.execute(`SELECT current_setting('plan_cache_mode') AS mode`)
      expect(row.mode).toBe("auto")
    })

    it("searches through its own connections and finds the same as before", async () => {
      expect(handles(await search("mien dong"))).toEqual(["mien-dong-phja-den"])
      expect(handles(await search("hat de trung khanh"))).toEqual(["hat-de-trung-khanh"])
      expect((await searchBackends()).length).toBeGreaterThan(0)
    })

    it("keeps searching after the server closes its search connections", async () => {
      // No pause between closing and searching: a search that meets a connection the pool
      // has not yet heard is closed sends its statement again on a new one.
      for (let round = 0; round < 5; round++) {
        await search("thit trau")
        const pids = await searchBackends()
        expect(pids.length).toBeGreaterThan(0)
        await manager.execute(`SELECT pg_terminate_backend(pid) FROM unnest(?::int[]) AS pid`, [pids])
        expect(handles(await search("thit trau"))).toEqual(["thit-trau-gac-bep"])
      }
      expect(warnings.some((m) => m.includes("search connection closed"))).toBe(true)
    })
  })
}
