import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NO_PROVINCE_MESSAGE } from "@/lib/shipping/quote-parcels"
import { cartParcels } from "../../../cart-parcels"
import { fetchCheckoutCart } from "../../../cart-view"

/** A quote for the cart's parcels, to the saved province or `?province_code=` without saving. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cart = await fetchCheckoutCart(req.scope, req.params.id)
  const asked = typeof req.query.province_code === "string" ? req.query.province_code : undefined
  const province = asked ?? cart.shipping_address?.province ?? undefined
  if (!province) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, NO_PROVINCE_MESSAGE)
  }
  res.json(await cartParcels(req.scope, cart, province))
}
