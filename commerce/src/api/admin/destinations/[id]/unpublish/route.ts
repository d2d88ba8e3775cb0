import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setDestinationPublishedWorkflow } from "@/workflows/destination/set-destination-published"

/** Takes the page back to draft; it leaves the storefront at the next build. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setDestinationPublishedWorkflow(req.scope).run({
    input: { id: req.params.id, published: false },
  })
  res.json({ destination: result })
}
