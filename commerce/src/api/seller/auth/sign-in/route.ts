import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { clientAddress } from "@/lib/client-address"
import { answerTooMany } from "@/lib/rate-limit/http"
import type { Decision } from "@/lib/rate-limit/limiter"
import { marketLimiter } from "@/lib/rate-limit/market-limiter"
import { authenticateSeller, issueSellerToken } from "../sign-in-seller"
import type { SellerSignInType } from "../validators"

/**
 * Phone and password → a bearer token for /seller/*. Every attempt is counted per (phone,
 * address) and per address before the password is checked, so guesses sent all at once are
 * limited too; a right password gives its attempt back. A stranger guessing at a household
 * from their own address locks only that pair: the owner elsewhere is never shut out.
 */
export async function POST(req: MedusaRequest<SellerSignInType>, res: MedusaResponse) {
  const { phone, password } = req.validatedBody
  const { limiter, limits } = marketLimiter(req.scope)
  const address = clientAddress(req)
  const pair = `${phone}@${address}`
  const [forPair, forAddress] = await Promise.all([
    limiter.consume(limits.signInPhoneAndAddress, pair),
    limiter.consume(limits.signInAddress, address),
  ])
  if (!forPair.allowed || !forAddress.allowed) {
    await Promise.all([
      forPair.allowed ? limiter.refund(limits.signInPhoneAndAddress, pair) : undefined,
      forAddress.allowed ? limiter.refund(limits.signInAddress, address) : undefined,
    ])
    answerTooMany(res, longerWait(forPair, forAddress), "signInPhoneAndAddress")
    return
  }
  const account = await authenticateSeller(req.scope, phone, password)
  if (!account) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Số điện thoại hoặc mật khẩu không đúng")
  }
  await Promise.all([limiter.reset(limits.signInPhoneAndAddress, pair), limiter.refund(limits.signInAddress, address)])
  if (account.status !== "active") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản này đang bị khoá. Vui lòng liên hệ Chợ Phiên.")
  }
  res.json({ token: issueSellerToken(req.scope, account), seller: { id: account.id, name: account.name, phone: account.phone } })
}

function longerWait(a: Decision, b: Decision): Decision {
  if (a.allowed) return b
  if (b.allowed) return a
  return a.retryAfterSeconds >= b.retryAfterSeconds ? a : b
}
