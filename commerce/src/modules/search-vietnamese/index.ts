import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietnameseSearchService } from "./service"

/** Identifier of the embedded, Vietnamese-aware search provider. */
export const VIETNAMESE_SEARCH_PROVIDER = VietnameseSearchService.identifier

export default ModuleProvider(Modules.SEARCH, { services: [VietnameseSearchService] })
