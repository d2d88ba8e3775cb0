import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  addShippingMethodToCartWorkflow,
  listShippingOptionsForCartWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { parseCheckoutAddress } from "@/lib/vn/checkout-address"
import { cartParcels } from "../../../cart-parcels"
import { fetchCheckoutCart } from "../../../cart-view"

/**
 * Saves where the parcels go, then sets the one delivery method, priced per household by
 * zone and weight, so the buyer sees every parcel and its cost before choosing how to pay.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const parsed = parseCheckoutAddress(req.body)
  if (!parsed.ok) {
    res.status(400).json({
      type: "invalid_data",
      message: "Vui lòng sửa các ô được đánh dấu.",
      errors: parsed.errors,
      errors_en: parsed.errors_en,
    })
    return
  }
  const { address } = parsed
  const cartId = req.params.id
  await updateCartWorkflow(req.scope).run({
    input: {
      id: cartId,
      ...(address.email ? { email: address.email } : {}),
      shipping_address: {
        first_name: address.name,
        last_name: "",
        phone: address.phone,
        province: address.province_code,
        city: address.ward,
        address_1: address.street,
        country_code: "vn",
      },
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id: cartId, is_return: false },
  })
  const option = (options as Array<{ id: string; provider_id?: string }>)[0]
  if (!option) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chưa giao hàng được tới địa chỉ này.")
  }
  let cart = await fetchCheckoutCart(req.scope, cartId)
  if (cart.items.length) {
    await addShippingMethodToCartWorkflow(req.scope).run({ input: { cart_id: cartId, options: [{ id: option.id }] } })
    cart = await fetchCheckoutCart(req.scope, cartId)
  }
  const { parcels, shipping_total } = await cartParcels(req.scope, cart, address.province_code)
  res.json({ cart, parcels, shipping_total })
}
