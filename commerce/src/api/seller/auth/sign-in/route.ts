import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TOO_MANY_SIGN_INS_MESSAGE } from "@/modules/producer/sign-in-limit"
import { recordSignInFailureWorkflow } from "@/workflows/seller/record-sign-in-failure"
import { authenticateSeller, issueSellerToken, signInBlocked } from "../sign-in-seller"
import type { SellerSignInType } from "../validators"

/** Phone and password → a bearer token for /seller/*. */
export async function POST(req: MedusaRequest<SellerSignInType>, res: MedusaResponse) {
  const { phone, password } = req.validatedBody
  const ip = req.ip ?? "unknown"
  if (await signInBlocked(req.scope, phone, ip)) {
    res.setHeader("Retry-After", "900")
    // Medusa's error types have no 429, so the answer is written here in its error shape.
    res.status(429).json({ type: "too_many_requests", message: TOO_MANY_SIGN_INS_MESSAGE })
    return
  }
  const account = await authenticateSeller(req.scope, phone, password)
  if (!account) {
    await recordSignInFailureWorkflow(req.scope).run({ input: { phone, ip } })
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Số điện thoại hoặc mật khẩu không đúng")
  }
  if (account.status !== "active") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản này đang bị khoá. Vui lòng liên hệ Chợ Phiên.")
  }
  res.json({ token: issueSellerToken(req.scope, account), seller: { id: account.id, name: account.name, phone: account.phone } })
}
