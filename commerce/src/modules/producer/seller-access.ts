import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "./index"
import type { MembershipRole } from "./models/seller-membership"
import type ProducerModuleService from "./service"

export type SellerHousehold = {
  seller: { id: string; name: string; phone: string }
  role: MembershipRole
  producer: { id: string; handle: string; name: string; verification_status: string }
}

export type HouseholdProduct = {
  id: string
  handle: string
  title: string
  status: string
  variants: { id: string; sku: string | null; inventory_item_id: string | null }[]
}

/** The membership that lets `sellerId` act for the household `handle`, or NOT_FOUND. */
export async function findSellerHousehold(
  container: MedusaContainer,
  sellerId: string,
  handle: string
): Promise<SellerHousehold> {
  const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [membership] = await service.listSellerMemberships(
    { seller_id: sellerId, producer: { handle } },
    { relations: ["seller", "producer"] }
  )
  if (!membership) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy hộ "${handle}" trong các hộ bạn bán giúp`)
  }
  const { seller, producer } = membership
  return {
    seller: { id: seller.id, name: seller.name, phone: seller.phone },
    role: membership.role,
    producer: {
      id: producer.id,
      handle: producer.handle,
      name: producer.name,
      verification_status: producer.verification_status,
    },
  }
}

type LinkedProduct = {
  id: string
  handle: string
  title: string
  status: string
  producer?: { id: string } | null
  variants?: { id: string; sku?: string | null; inventory_items?: { inventory_item_id: string }[] | null }[] | null
}

/** A product of the household (not deleted), or NOT_FOUND whoever else it belongs to. */
export async function findHouseholdProduct(
  container: MedusaContainer,
  producerId: string,
  productId: string
): Promise<HouseholdProduct> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "status",
      "producer.id",
      "variants.id",
      "variants.sku",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: productId },
  })
  const product = data[0] as LinkedProduct | undefined
  if (!product || product.producer?.id !== producerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm "${productId}" của hộ này`)
  }
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    status: product.status,
    variants: (product.variants ?? []).map((v) => ({
      id: v.id,
      sku: v.sku ?? null,
      inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
    })),
  }
}

/** NOT_FOUND for any variant id that is not one of the product's own. */
export function assertOwnVariants(product: HouseholdProduct, variantIds: string[]): void {
  const own = new Set(product.variants.map((v) => v.id))
  const foreign = variantIds.find((id) => !own.has(id))
  if (foreign) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy loại hàng "${foreign}" của sản phẩm này`)
  }
}
