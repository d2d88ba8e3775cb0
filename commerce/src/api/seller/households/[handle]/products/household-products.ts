import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { findHouseholdProduct } from "@/modules/producer/seller-access"
import { SELLER_PRODUCT_FIELDS } from "./query-config"
import { type StoredSellerProduct, toSellerProduct } from "./seller-product-view"

async function withEnglish(scope: MedusaContainer, products: StoredSellerProduct[]) {
  const translations = products.length
    ? await scope
        .resolve(Modules.TRANSLATION)
        .listTranslations({ reference_id: products.map((p) => p.id), locale_code: "en-US" }, { take: null })
    : []
  const byProduct = new Map(translations.map((t) => [t.reference_id, t.translations]))
  return products.map((p) => toSellerProduct(p, byProduct.get(p.id)))
}

/** The household's own products, newest first, deleted ones left out. */
export async function listHouseholdProducts(
  scope: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "products.id"],
    filters: { id: producerId },
  })
  const ids = ((producers[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? [])
    .filter((p): p is { id: string } => Boolean(p))
    .map((p) => p.id)
  if (!ids.length) {
    return { products: [], count: 0 }
  }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: SELLER_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } },
  })
  return { products: await withEnglish(scope, data as StoredSellerProduct[]), count: metadata?.count ?? data.length }
}

/** One of the household's products, or NOT_FOUND. */
export async function getHouseholdProduct(scope: MedusaContainer, producerId: string, productId: string) {
  await findHouseholdProduct(scope, producerId, productId)
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: SELLER_PRODUCT_FIELDS,
    filters: { id: productId },
  })
  const [product] = await withEnglish(scope, data as StoredSellerProduct[])
  return product
}
