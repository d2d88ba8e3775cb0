import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addSellerProductPhotoWorkflow } from "@/workflows/seller/add-seller-product-photo"

/** Adds a photo (raw image bytes as the body) to the household's own product; it becomes the thumbnail. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!Buffer.isBuffer(req.body)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Chưa có ảnh. Hãy chụp hoặc chọn một ảnh rồi gửi lại.")
  }
  const { result } = await addSellerProductPhotoWorkflow(req.scope).run({
    input: {
      seller_id: req.auth_context.actor_id,
      household_handle: req.params.handle,
      product_id: req.params.id,
      bytes: req.body,
    },
  })
  res.json({ photo: result })
}
