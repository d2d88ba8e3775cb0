import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { toCatalogSearch } from "./query-config"
import { toSearchResponse } from "./search-response"
import type { StoreSearchQueryType } from "./validators"

/** Products and households (experiences and destinations once modelled) matching a buyer's words. */
export async function GET(req: MedusaRequest<unknown, StoreSearchQueryType>, res: MedusaResponse) {
  const input = req.validatedQuery as StoreSearchQueryType
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const result = await search.search(toCatalogSearch(input))
  res.json(toSearchResponse(result, input))
}
