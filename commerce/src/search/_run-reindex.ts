import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexSearchWorkflow } from "@/workflows/search/reindex-search"

/**
 * `npm run reindex`. The leading underscore keeps Medusa's search loader, which imports
 * every other file in this folder as an index definition, from loading this script.
 */
export default async function runReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await reindexSearchWorkflow(container).run({ input: {} })
  logger.info(`Search: rebuilt ${result.indexes.join(", ")} (job ${result.job_id})`)
}
