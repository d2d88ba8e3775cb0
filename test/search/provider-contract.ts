import { randomUUID } from "node:crypto"
import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it, beforeAll, afterAll } from "vitest"
import { catalogSearchFields } from "@/search/lib/fields"
import { toProducerDocument, type ProducerRow } from "@/search/lib/producer-document"
import { toProductDocument, type ProductRow } from "@/search/lib/product-document"
import { CATALOG_SEARCH_SETTINGS } from "@/search/lib/settings"
import { productDoc } from "./contract-documents"

type Provider = {
  upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask>
  deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask>
  upsertDocuments(input: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }): Promise<SearchTypes.SearchTask>
  deleteDocuments(input: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask>
  search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult>
  waitForTask?(task: SearchTypes.SearchTask): Promise<SearchTypes.SearchTask>
}

export type ContractTarget = { provider: Provider; identifier: string; close?: () => Promise<void> }

function definition(identifier: string): SearchTypes.ResolvedSearchIndexDefinition {
  const physical = `contract_${randomUUID().slice(0, 8)}`
  return {
    name: physical,
    entity: "product",
    primary_key: "id",
    provider: identifier,
    fields: catalogSearchFields.toFields(),
    settings: CATALOG_SEARCH_SETTINGS,
    definition_hash: physical,
    physical_name: physical,
    seed: async function* () {},
  }
}

const PRIVATE_PRODUCER_ROW = {
  id: "pdcr_contract_private",
  handle: "ho-khong-dong-y",
  name: "Hộ bà Riêng Tư",
  area: "hoa-an",
  area_name: "Hòa An",
  verification_status: "verified",
  public_profile_consent: false,
  ethnicity: "Tày",
  story_vi: "Câu chuyện bí mật của gia đình",
  story_en: "A private family story",
  created_at: "2026-01-01T00:00:00Z",
  household_status: "poor",
  phone: "0912345678",
} as ProducerRow

const DRAFT_PRODUCT_ROW: ProductRow = {
  id: "prod_contract_draft",
  handle: "mien-chua-ban",
  title: "Miến nháp chưa bán",
  description: null,
  status: "draft",
  thumbnail: null,
  created_at: "2026-01-01T00:00:00Z",
  metadata: null,
}

/**
 * What every search provider must do for the catalog index, run against the real engine.
 * Written once; each provider's test file calls it with its own instance.
 */
export function describeProviderContract(name: string, makeTarget: () => Promise<ContractTarget>) {
  describe(`search provider contract: ${name}`, () => {
    let target: ContractTarget
    let index: SearchTypes.ResolvedSearchIndexDefinition
    const settle = async (task: SearchTypes.SearchTask) =>
      task.status === "succeeded" || !target.provider.waitForTask ? task : await target.provider.waitForTask(task)
    const upsert = async (documents: SearchTypes.SearchDocument[]) =>
      await settle(await target.provider.upsertDocuments({ index: index.physical_name, definition: index, documents }))
    const search = async (q: string | undefined, extra: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
      await target.provider.search({
        index,
        attributes_to_retrieve: ["handle", "title", "type", "price", "description", "area_name", "producer_name"],
        q,
        pagination: { skip: 0, take: 20 },
        search_options: { typo_tolerance: true, count: "exact", ...extra.search_options },
        ...extra,
      } as SearchTypes.ProviderSearchQuery)
    const handles = (result: SearchTypes.SearchResult) => result.hits.map((hit) => String(hit.document.handle))

    const chestnuts = productDoc({ handle: "hat-de-thu", title: "Hạt dẻ Trùng Khánh thử", category: "nong-san", price: 180_000, ocop_stars: 4 })
    const noodles = productDoc({ handle: "mien-dong-thu", title: "Miến dong Phja Đén thử", price: 65_000, in_stock: false })
    const knife = productDoc({ handle: "dao-thu", title: "Dao thái Phúc Sen thử", category: "thu-cong", price: 250_000 })

    beforeAll(async () => {
      target = await makeTarget()
      index = definition(target.identifier)
      await settle(await target.provider.upsertIndex({ index }))
      const producer = toProducerDocument(PRIVATE_PRODUCER_ROW, [])
      const draft = toProductDocument(DRAFT_PRODUCT_ROW, new Map(), [])
      await upsert([chestnuts, noodles, knife, ...(producer ? [producer] : []), ...(draft ? [draft] : [])])
    })

    afterAll(async () => {
      await target?.provider.deleteIndex({ index: index.physical_name })
      await target?.close?.()
    })

    it("finds an indexed document by words typed without marks, with đ as d", async () => {
      expect(handles(await search("mien dong phja den"))).toEqual(["mien-dong-thu"])
    })

    it("forgives one typo in a word of four letters or more", async () => {
      expect(handles(await search("mieen dongg"))).toContain("mien-dong-thu")
    })

    it("finds the new title and not the old one after an update", async () => {
      await upsert([{ ...knife, title: "Dao rèn Phúc Sen thử" }])
      // Single words: a query whose words do not all match falls back to any word.
      expect(handles(await search("ren"))).toContain("dao-thu")
      expect(handles(await search("thai"))).not.toContain("dao-thu")
    })

    it("no longer finds a deleted document", async () => {
      const extra = productDoc({ handle: "quyt-xoa", title: "Quýt sẽ xóa" })
      await upsert([extra])
      expect(handles(await search("quyt"))).toContain("quyt-xoa")
      await settle(await target.provider.deleteDocuments({ index: index.physical_name, filters: { id: [extra.id] } }))
      expect(handles(await search("quyt"))).not.toContain("quyt-xoa")
    })

    it("counts facets by value and by price range", async () => {
      const result = await search(undefined, {
        filters: { type: "product" },
        search_options: {
          facets: [
            { field: "category", type: "value" },
            { field: "price", type: "range", ranges: [{ key: "low", to: 100_000 }, { key: "high", from: 100_000 }] },
          ],
        },
      })
      const category = result.facets?.category
      expect(category?.type === "value" ? Object.fromEntries(category.values.map((v) => [v.value, v.count])) : null).toEqual({
        "nong-san": 1,
        "dac-san-kho": 1,
        "thu-cong": 1,
      })
      const price = result.facets?.price
      expect(price?.type === "range" ? price.ranges.map((r) => [r.key, r.count]) : null).toEqual([["low", 1], ["high", 2]])
    })

    it("filters by category, price range and stock", async () => {
      expect(handles(await search(undefined, { filters: { category: "nong-san" } }))).toEqual(["hat-de-thu"])
      expect(handles(await search(undefined, { filters: { price: { $gte: 100_000, $lte: 200_000 } } }))).toEqual(["hat-de-thu"])
      expect(handles(await search(undefined, { filters: { type: "product", in_stock: false } }))).toEqual(["mien-dong-thu"])
    })

    it("pages through results without overlap, sorted by price", async () => {
      const page = (skip: number) =>
        search(undefined, { filters: { type: "product" }, pagination: { skip, take: 2, order: { price: "ASC" } } })
      const [first, second] = await Promise.all([page(0), page(2)])
      expect(first.metadata.count).toBe(3)
      expect([...handles(first), ...handles(second)]).toEqual(["mien-dong-thu", "hat-de-thu", "dao-thu"])
    })

    it("never indexes an unpublished product", async () => {
      expect(handles(await search("nhap"))).toEqual([])
    })

    it("never returns household_status, phone or the story of a household that did not consent", async () => {
      const result = await search("rieng tu", { attributes_to_retrieve: Object.keys(catalogSearchFields.toFields()) })
      expect(handles(result)).toEqual(["ho-khong-dong-y"])
      const text = JSON.stringify(result)
      for (const secret of ["household_status", "poor", "phone", "0912345678", "bí mật", "private family", "Tày"]) {
        expect(text).not.toContain(secret)
      }
      expect(handles(await search("bi mat"))).toEqual([])
    })
  })
}
