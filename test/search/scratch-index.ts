import { randomUUID } from "node:crypto"
import type { SearchTypes } from "@medusajs/framework/types"
import { VietnameseSearchService } from "@/modules/search-vietnamese/service"
import { catalogSearchFields } from "@/search/lib/fields"
import { CATALOG_SEARCH_SETTINGS } from "@/search/lib/settings"

/**
 * A catalog index definition under a fresh name (`<prefix>_<8 hex>`), for tests that build
 * an index of their own in the shared database and delete it afterwards.
 */
export function scratchIndex(prefix: string): { physical: string; index: SearchTypes.ResolvedSearchIndexDefinition } {
  const physical = `${prefix}_${randomUUID().slice(0, 8)}`
  const index = {
    name: physical, entity: "product", primary_key: "id", provider: VietnameseSearchService.identifier,
    fields: catalogSearchFields.toFields(), settings: CATALOG_SEARCH_SETTINGS,
    definition_hash: physical, physical_name: physical, seed: async function* () {},
  } as unknown as SearchTypes.ResolvedSearchIndexDefinition
  return { physical, index }
}
