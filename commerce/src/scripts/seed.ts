import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadEnv } from "@/lib/env"
import { defaultContentDir, loadCatalog } from "./seed/catalog"
import { seedDestinations } from "./seed/destinations"
import { seedExperiences } from "./seed/experiences"
import { seedProducers } from "./seed/producers"
import { seedProducts } from "./seed/products"
import { seedSellers } from "./seed/sellers"
import { seedStoreSetup } from "./seed/store-setup"

/**
 * Brings a fresh database to the Cao Bằng seed catalog. Every part checks what exists
 * first, so running it again (or after an interrupted run) adds only what is missing.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = loadEnv()
  const contentDir = defaultContentDir()
  const catalog = loadCatalog(contentDir)

  logger.info("Seed: store, region, sales channel, publishable key, warehouse, shipping")
  const setup = await seedStoreSetup(container, env.CHO_PHIEN_DATA_DIR)
  logger.info("Seed: helper teams and households")
  const producerIds = await seedProducers(container, catalog.producers)
  logger.info("Seed: categories and products")
  await seedProducts(container, catalog.products, setup, producerIds)
  logger.info("Seed: seller and helper accounts")
  await seedSellers(container, catalog.producers, producerIds)
  logger.info("Seed: destination pages")
  await seedDestinations(container, contentDir)
  logger.info("Seed: experiences and their bookable dates")
  await seedExperiences(container, contentDir, setup, producerIds)
  logger.info("Seed: done")
}
