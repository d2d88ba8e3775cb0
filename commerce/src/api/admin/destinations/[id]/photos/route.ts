import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addDestinationPhotoWorkflow } from "@/workflows/destination/add-destination-photo"
import type { AdminPhotoQueryType } from "../../validators"

/** A photo (raw image bytes as the body) as the cover (`?role=cover`) or into the gallery (`?role=gallery`). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!Buffer.isBuffer(req.body)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Chưa có ảnh. Hãy chọn một ảnh rồi gửi lại.")
  }
  const { role } = req.validatedQuery as AdminPhotoQueryType
  const { result } = await addDestinationPhotoWorkflow(req.scope).run({
    input: { id: req.params.id, role, bytes: req.body },
  })
  res.status(201).json({ photo: result, role })
}
