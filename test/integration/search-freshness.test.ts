import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOG_INDEX } from "@/search/lib/settings"

const FRESHNESS_MS = 5_000

/** Polls the catalog index until `q` finds `handle` (or `false` once it no longer does). */
async function waitForSearch(container: MedusaContainer, q: string, handle: string, present: boolean): Promise<number> {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const started = Date.now()
  while (Date.now() - started < FRESHNESS_MS) {
    const result = await search.search({ entity: CATALOG_INDEX, filters: { q }, pagination: { take: 10 } })
    if (result.hits.some((hit) => hit.document.handle === handle) === present) {
      return Date.now() - started
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`"${q}" ${present ? "did not find" : "still found"} ${handle} after ${FRESHNESS_MS} ms`)
}

medusaIntegrationTestRunner({
  cwd: path.resolve(import.meta.dirname, "../../commerce"),
  testSuite: ({ getContainer }) => {
    describe("search freshness", () => {
      beforeAll(async () => {
        // The test runner migrates tables only; creating the physical search index is
        // `db:migrate`'s job and activating it the booting worker's, both done before the app here.
        const search = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
        await search.executeIndexMigrationPlan(await search.createIndexMigrationPlan())
        await search.reindex({})
      })

      it("finds a product by its new title within 5 seconds of an edit, and not by the old one", async () => {
        const container = getContainer()
        const { result } = await createProductsWorkflow(container).run({
          input: { products: [{ title: "Bánh gai Hòa An", handle: "banh-gai-hoa-an", status: "published", options: [{ title: "Loại", values: ["Hộp"] }], variants: [{ title: "Hộp", options: { Loại: "Hộp" }, prices: [{ currency_code: "vnd", amount: 60000 }] }] }] },
        })
        await waitForSearch(container, "banh gai", "banh-gai-hoa-an", true)
        await updateProductsWorkflow(container).run({
          input: { selector: { id: result[0].id }, update: { title: "Bánh coóc mò Hòa An" } },
        })
        await waitForSearch(container, "coc mo", "banh-gai-hoa-an", true)
        // A slip (two letters swapped) in the word this edit brought, alone so that nothing
        // else can match: found only if the word's typo keys were written with it.
        await waitForSearch(container, "coco", "banh-gai-hoa-an", true)
        await waitForSearch(container, "gai", "banh-gai-hoa-an", false)
      })

      it("drops a product from search once it is unpublished", async () => {
        const container = getContainer()
        const { result } = await createProductsWorkflow(container).run({
          input: { products: [{ title: "Mắc mật rừng", handle: "mac-mat-rung", status: "published", options: [{ title: "Loại", values: ["Gói"] }], variants: [{ title: "Gói", options: { Loại: "Gói" }, prices: [{ currency_code: "vnd", amount: 50000 }] }] }] },
        })
        await waitForSearch(container, "mac mat", "mac-mat-rung", true)
        await updateProductsWorkflow(container).run({ input: { selector: { id: result[0].id }, update: { status: "draft" } } })
        await waitForSearch(container, "mac mat", "mac-mat-rung", false)
      })
    })
  },
})
