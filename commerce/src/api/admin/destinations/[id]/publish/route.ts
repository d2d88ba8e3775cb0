import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setDestinationPublishedWorkflow } from "@/workflows/destination/set-destination-published"

/** Makes the page public; the storefront rebuilds within a minute. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setDestinationPublishedWorkflow(req.scope).run({
    input: { id: req.params.id, published: true },
  })
  res.json({ destination: result })
}
