import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "@/modules/producer"
import type { CatalogProduct, CatalogProductsData } from "./catalog"
import type { StoreSetup } from "./store-setup"

const OPTION_TITLE = "Loại"
const ENGLISH = "en-US"

/** Categories, tags and products with prices, stock, English text and their household. */
export async function seedProducts(
  container: MedusaContainer,
  catalog: CatalogProductsData,
  setup: StoreSetup,
  producerIds: Map<string, string>
) {
  const categoryIds = await ensureCategories(container, catalog)
  const tagIds = await ensureTags(container, catalog)
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts(
    { handle: catalog.products.map((p) => p.handle) },
    { select: ["handle"], take: null }
  )
  const known = new Set(existing.map((p) => p.handle))
  const missing = catalog.products.filter((p) => !known.has(p.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: { products: missing.map((p) => toProductInput(p, setup, categoryIds, tagIds)) },
    })
  }
  // Stock, translations and links are checked product by product, so a run that stopped
  // half-way is completed by the next one instead of leaving products without a household.
  const products = (await productService.listProducts(
    { handle: catalog.products.map((p) => p.handle) },
    { relations: ["variants"], take: null }
  )) as CreatedProduct[]
  await stockProducts(container, catalog.products, setup.stockLocationId)
  await translateProducts(container, catalog.products, products)
  await linkProducers(container, catalog.products, products, producerIds)
}

function toProductInput(
  p: CatalogProduct,
  setup: StoreSetup,
  categoryIds: Map<string, string>,
  tagIds: Map<string, string>
) {
  return {
    title: p.title.vi.normalize("NFC"),
    handle: p.handle,
    description: p.description.vi.normalize("NFC"),
    status: "published" as const,
    category_ids: [categoryIds.get(p.category) as string],
    tag_ids: p.tags.map((tag) => tagIds.get(tag) as string),
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    metadata: { ocop_stars: p.ocop_stars, season: p.season ?? null },
    options: [{ title: OPTION_TITLE, values: p.variants.map((v) => v.title.vi) }],
    variants: p.variants.map((v, index) => ({
      title: v.title.vi,
      sku: skuOf(p, index),
      weight: v.weight_g,
      manage_inventory: true,
      options: { [OPTION_TITLE]: v.title.vi },
      prices: [{ currency_code: "vnd", amount: v.price_vnd }],
    })),
  }
}

function skuOf(product: CatalogProduct, index: number): string {
  return `${product.handle}-${index + 1}`.toUpperCase()
}

async function ensureCategories(container: MedusaContainer, catalog: CatalogProductsData) {
  const service = container.resolve(Modules.PRODUCT)
  const existing = await service.listProductCategories({}, { take: null })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = catalog.categories.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({ name: c.name.vi, handle: c.handle, is_active: true })),
      },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
    await createTranslationsWorkflow(container).run({
      input: {
        translations: result.map((c) => ({
          reference_id: c.id,
          reference: "product_category",
          locale_code: ENGLISH,
          translations: { name: missing.find((m) => m.handle === c.handle)?.name.en ?? c.name },
        })),
      },
    })
  }
  return ids
}

async function ensureTags(container: MedusaContainer, catalog: CatalogProductsData) {
  const service = container.resolve(Modules.PRODUCT)
  const values = [...new Set(catalog.products.flatMap((p) => p.tags))]
  const existing = await service.listProductTags({ value: values }, { take: null })
  const ids = new Map(existing.map((t) => [t.value, t.id]))
  const missing = values.filter((v) => !ids.has(v))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    result.forEach((t) => ids.set(t.value, t.id))
  }
  return ids
}

async function stockProducts(container: MedusaContainer, products: CatalogProduct[], locationId: string) {
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v, i) => [skuOf(p, i), v.stock])))
  const items = await container
    .resolve(Modules.INVENTORY)
    .listInventoryItems({ sku: [...stockBySku.keys()] }, { take: null })
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: items.map((item) => item.id), location_id: locationId }, { take: null })
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const unstocked = items.filter((item) => !stocked.has(item.id))
  if (!unstocked.length) {
    return
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: unstocked.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockBySku.get(item.sku as string) ?? 0,
      })),
    },
  })
}

type CreatedProduct = { id: string; handle: string; variants: { id: string; sku?: string | null }[] }

async function translateProducts(container: MedusaContainer, source: CatalogProduct[], products: CreatedProduct[]) {
  const byHandle = new Map(source.map((p) => [p.handle, p]))
  const wanted = products.flatMap((product) => {
    const p = byHandle.get(product.handle) as CatalogProduct
    return [
      {
        reference_id: product.id,
        reference: "product",
        locale_code: ENGLISH,
        translations: { title: p.title.en, description: p.description.en },
      },
      ...product.variants.map((variant) => {
        const index = p.variants.findIndex((_, i) => skuOf(p, i) === variant.sku)
        return {
          reference_id: variant.id,
          reference: "product_variant",
          locale_code: ENGLISH,
          translations: { title: p.variants[index].title.en },
        }
      }),
    ]
  })
  const existing = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ locale_code: ENGLISH, reference_id: wanted.map((t) => t.reference_id) }, { take: null })
  const done = new Set(existing.map((t) => t.reference_id))
  const translations = wanted.filter((t) => !done.has(t.reference_id))
  if (translations.length) {
    await createTranslationsWorkflow(container).run({ input: { translations } })
  }
}

async function linkProducers(
  container: MedusaContainer,
  source: CatalogProduct[],
  created: CreatedProduct[],
  producerIds: Map<string, string>
) {
  const producerOf = new Map(source.map((p) => [p.handle, p.producer]))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id"],
    filters: { id: created.map((p) => p.id) },
  })
  const linked = new Set(
    (data as { id: string; producer?: { id: string } | null }[]).filter((p) => p.producer).map((p) => p.id)
  )
  const unlinked = created.filter((product) => !linked.has(product.id))
  if (!unlinked.length) {
    return
  }
  const links = unlinked.map((product) => {
    const producerId = producerIds.get(producerOf.get(product.handle) as string)
    if (!producerId) {
      throw new Error(`Product ${product.handle} names a household that is not in the catalog`)
    }
    return {
      [PRODUCER_MODULE]: { producer_id: producerId },
      [Modules.PRODUCT]: { product_id: product.id },
    }
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create(links)
}
