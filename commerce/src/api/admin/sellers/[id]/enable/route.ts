import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSellerStatusWorkflow } from "@/workflows/seller/set-seller-status"

/** Sets the seller account active; tokens issued before now stop working either way. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setSellerStatusWorkflow(req.scope).run({ input: { seller_id: req.params.id, status: "active" } })
  res.json({ seller: { id: result.id, name: result.name, phone: result.phone, status: result.status } })
}
