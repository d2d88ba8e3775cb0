import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkDestinationProductsWorkflow } from "@/workflows/destination/link-destination-products"
import type { AdminLinkDestinationProductsType } from "../../validators"

/** Links products and experiences to the destination (`add`) or unlinks them (`remove`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminLinkDestinationProductsType>, res: MedusaResponse) {
  const { add, remove } = req.validatedBody
  await linkDestinationProductsWorkflow(req.scope).run({ input: { id: req.params.id, add, remove } })
  res.json({ id: req.params.id, added: add, removed: remove })
}
