import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartToken } from "@/lib/cart-token"
import { fetchCheckoutCart } from "../cart-view"

/** A new cart in đồng for the key's sales channel, with the token that alone opens it. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const [region] = await req.scope.resolve(Modules.REGION).listRegions({ currency_code: "vnd" })
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no region in VND; run the seed.")
  }
  const salesChannelId = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids: string[] } })
    .publishable_key_context?.sales_channel_ids?.[0]
  const { result } = await createCartWorkflow(req.scope).run({
    input: { region_id: region.id, currency_code: "vnd", sales_channel_id: salesChannelId },
  })
  const cart = await fetchCheckoutCart(req.scope, result.id)
  res.status(201).json({ cart, cart_token: cartToken(cart.id) })
}
