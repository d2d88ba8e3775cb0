import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { readFileSync } from "node:fs"
import type { SyntheticProduct } from "./generate-catalog.ts"

/**
 * `medusa exec <repo>/scripts/catalog/load-synthetic-products.cts <catalog.json> [from] [to]`, run
 * in commerce/ against a seeded database: adds the products of a synthetic catalog (those
 * from index `from` up to `to`, so several loaders can share the work)
 * (generate-synthetic-catalog.ts writes one) through Medusa's own
 * createProductsWorkflow, as the seed adds the real ones (VND prices, stock in the Cao Bằng
 * warehouse, category, English text, a verified synthetic household, published in the
 * market's sales channel). Products whose handle exists are skipped, so an interrupted run
 * is finished by the next. For benchmarks only (scripts/bench/build.ts). CommonJS (.cts) and
 * fed a file because `medusa exec` loads scripts with require().
 */
const OPTION_TITLE = "Loại"
const ENGLISH = "en-US"
const PRODUCER_MODULE = "producer"

type Setup = { salesChannelId: string; stockLocationId: string; shippingProfileId: string }
type ProducerService = {
  listProducers: (filters: { handle: string[] }, config: { take: null; select: string[] }) => Promise<{ id: string; handle: string }[]>
  createProducers: (data: Record<string, unknown>[]) => Promise<{ id: string; handle: string }[]>
}

export default async function loadSyntheticProducts({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [file, fromArg, toArg] = args
  const chunk = 250
  if (!file) throw new Error("Name the catalog file: medusa exec load-synthetic-products.cts <catalog.json>")
  const started = Date.now()
  const setup = await findSetup(container)
  const all = (JSON.parse(readFileSync(file, "utf8")) as { products: SyntheticProduct[] }).products
  const catalog = all.slice(Number(fromArg ?? 0), Number(toArg ?? all.length))
  const categoryIds = await findCategories(container)
  const producerIds = await ensureProducers(container, catalog)
  let added = 0
  for (let from = 0; from < catalog.length; from += chunk) {
    added += await loadChunk(container, catalog.slice(from, from + chunk), setup, categoryIds, producerIds)
    logger.info(`Synthetic catalog: ${Math.min(from + chunk, catalog.length)}/${catalog.length} (${added} added, ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  logger.info(`Synthetic catalog: ${added} products added in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function findSetup(container: MedusaContainer): Promise<Setup> {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Chợ Phiên" })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: "Kho Cao Bằng" })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!channel || !location || !profile) throw new Error("Seed the database first (npm start): the sales channel, warehouse or shipping profile is missing.")
  return { salesChannelId: channel.id, stockLocationId: location.id, shippingProfileId: profile.id }
}

async function findCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const categories = await container.resolve(Modules.PRODUCT).listProductCategories({}, { take: null })
  return new Map(categories.map((category) => [category.handle, category.id]))
}

async function ensureProducers(container: MedusaContainer, catalog: SyntheticProduct[]): Promise<Map<string, string>> {
  const service = container.resolve<ProducerService>(PRODUCER_MODULE)
  const wanted = new Map(catalog.map((product) => [product.producer.handle, product.producer]))
  const existing = await service.listProducers({ handle: [...wanted.keys()] }, { take: null, select: ["id", "handle"] })
  const ids = new Map(existing.map((producer) => [producer.handle, producer.id]))
  const missing = [...wanted.values()].filter((producer) => !ids.has(producer.handle))
  if (missing.length) {
    const created = await service.createProducers(
      missing.map((producer) => ({ ...producer, verification_status: "verified", household_status: "none", public_profile_consent: false })),
    )
    for (const producer of created) ids.set(producer.handle, producer.id)
  }
  return ids
}

async function loadChunk(
  container: MedusaContainer,
  products: SyntheticProduct[],
  setup: Setup,
  categoryIds: Map<string, string>,
  producerIds: Map<string, string>,
): Promise<number> {
  const productService = container.resolve(Modules.PRODUCT)
  const known = await productService.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"], take: null })
  const have = new Set(known.map((p) => p.handle))
  const missing = products.filter((p) => !have.has(p.handle))
  if (!missing.length) return 0
  const { result } = await createProductsWorkflow(container).run({
    input: { products: missing.map((p) => toInput(p, setup, categoryIds)) },
  })
  const byHandle = new Map(missing.map((p) => [p.handle, p]))
  const created = result as unknown as { id: string; handle: string; variants: { id: string; sku?: string | null }[] }[]
  await stock(container, missing, setup.stockLocationId)
  await createTranslationsWorkflow(container).run({
    input: {
      translations: created.map((product) => {
        const source = byHandle.get(product.handle) as SyntheticProduct
        return {
          reference_id: product.id,
          reference: "product",
          locale_code: ENGLISH,
          translations: { title: source.title.en, description: source.description.en },
        }
      }),
    },
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    created.map((product) => ({
      [PRODUCER_MODULE]: { producer_id: producerIds.get((byHandle.get(product.handle) as SyntheticProduct).producer.handle) },
      [Modules.PRODUCT]: { product_id: product.id },
    })),
  )
  return created.length
}

const skuOf = (product: SyntheticProduct, index: number) => `${product.handle}-${index + 1}`.toUpperCase()

/** Two pack sizes per product, the larger at twice the price less a little. */
function variantsOf(product: SyntheticProduct) {
  return [
    { title: "Gói nhỏ", price: product.price_vnd, stock: product.stock, weight: 500 },
    { title: "Gói lớn", price: product.price_vnd * 2 - 5_000, stock: Math.floor(product.stock / 2), weight: 1_000 },
  ]
}

function toInput(product: SyntheticProduct, setup: Setup, categoryIds: Map<string, string>) {
  const categoryId = categoryIds.get(product.category)
  if (!categoryId) throw new Error(`Category ${product.category} is not in the database; run the seed first.`)
  const variants = variantsOf(product)
  return {
    title: product.title.vi,
    handle: product.handle,
    description: product.description.vi,
    status: "published" as const,
    category_ids: [categoryId],
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    metadata: { ocop_stars: product.ocop_stars, season: null, synthetic: true },
    options: [{ title: OPTION_TITLE, values: variants.map((v) => v.title) }],
    variants: variants.map((v, index) => ({
      title: v.title,
      sku: skuOf(product, index),
      weight: v.weight,
      manage_inventory: true,
      options: { [OPTION_TITLE]: v.title },
      prices: [{ currency_code: "vnd", amount: v.price }],
    })),
  }
}

async function stock(container: MedusaContainer, products: SyntheticProduct[], locationId: string): Promise<void> {
  const stockBySku = new Map(products.flatMap((p) => variantsOf(p).map((v, i) => [skuOf(p, i), v.stock] as const)))
  const items = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: [...stockBySku.keys()] }, { take: null })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockBySku.get(item.sku as string) ?? 0,
      })),
    },
  })
}
