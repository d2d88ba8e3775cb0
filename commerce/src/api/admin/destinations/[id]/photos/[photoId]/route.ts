import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeDestinationPhotoWorkflow } from "@/workflows/destination/remove-destination-photo"

/** Takes the cover or one gallery photo off the destination. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeDestinationPhotoWorkflow(req.scope).run({ input: { id: req.params.id, photo_id: req.params.photoId } })
  res.json({ id: req.params.photoId, object: "photo", deleted: true })
}
