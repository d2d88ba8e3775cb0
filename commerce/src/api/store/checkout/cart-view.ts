import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const CHECKOUT_CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "completed_at",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.product_handle",
  "items.product_id",
  "items.variant_id",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.metadata",
  "items.variant.weight",
  "shipping_address.first_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
]

export type CheckoutCart = {
  id: string
  email: string | null
  completed_at: string | null
  item_total: number
  shipping_total: number
  total: number
  items: Array<{
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    product_handle: string | null
    product_id: string
    variant_id: string
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
    metadata: { producer_id?: string; kind?: string; date?: string } | null
    variant?: { weight: number | null } | null
  }>
  shipping_address: { first_name: string | null; phone: string | null; province: string | null; city: string | null; address_1: string | null } | null
  shipping_methods: Array<{ id: string; amount: number; shipping_option_id: string }>
}

export async function fetchCheckoutCart(scope: MedusaContainer, cartId: string): Promise<CheckoutCart> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CHECKOUT_CART_FIELDS, filters: { id: cartId } })
  const cart = data[0] as unknown as CheckoutCart | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giỏ hàng ${cartId}.`)
  }
  return cart
}
