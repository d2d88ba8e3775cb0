import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"
import { changeSellerPasswordWorkflow } from "@/workflows/seller/change-seller-password"
import { issueSellerToken } from "../../auth/sign-in-seller"
import type { SellerChangePasswordType } from "../validators"

/** New password; every earlier token stops working and a fresh one is returned. */
export async function POST(req: AuthenticatedMedusaRequest<SellerChangePasswordType>, res: MedusaResponse) {
  const service: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const account = await service.retrieveSellerAccount(req.auth_context.actor_id)
  const { result } = await changeSellerPasswordWorkflow(req.scope).run({
    input: {
      seller_id: account.id,
      phone: account.phone,
      current_password: req.validatedBody.current_password,
      new_password: req.validatedBody.new_password,
    },
  })
  res.json({ token: issueSellerToken(req.scope, result) })
}
