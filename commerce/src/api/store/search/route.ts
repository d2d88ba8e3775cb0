import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { toCatalogSearch } from "./query-config"
import { toSearchResponse } from "./search-response"
import type { StoreSearchQueryType } from "./validators"

/**
 * Products, households, experiences and destinations matching a buyer's words. When the
 * engine cannot be reached (Meilisearch down), the buyer is told plainly and pointed at the
 * categories, which do not need it: a 503, never an opaque 500.
 */
export async function GET(req: MedusaRequest<unknown, StoreSearchQueryType>, res: MedusaResponse) {
  const input = req.validatedQuery as StoreSearchQueryType
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  let result: SearchTypes.SearchResult
  try {
    result = await search.search(toCatalogSearch(input))
  } catch (error) {
    if (error instanceof MedusaError) throw error
    req.scope.resolve("logger").error(`Search engine unreachable: ${error instanceof Error ? error.message : String(error)}`)
    res.setHeader("Retry-After", "30")
    res.status(503).json({ type: "search_unavailable", message: "Tìm kiếm đang tạm nghỉ. Bạn vẫn xem được hàng theo danh mục." })
    return
  }
  res.json(toSearchResponse(result, input))
}
