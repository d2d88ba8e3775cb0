import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"
import { SELLER_ACTOR_TYPE } from "./auth/sign-in-seller"

const EXPIRED = "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."

/** Requests already checked, so a route matched by two entries is not looked up twice. */
const checked = new WeakSet<object>()

/**
 * Medusa checks the signature and the actor type; this checks what a token cannot know:
 * the account still exists, is active, and its session version (raised by a password
 * change or by disabling) is the one the token was issued with.
 */
export async function requireCurrentSession(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (checked.has(req)) {
    return next()
  }
  const claims = req.auth_context as typeof req.auth_context & { session_version?: unknown }
  const service: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [account] = await service.listSellerAccounts({ id: claims.actor_id }, { take: 1 })
  if (!account || account.status !== "active" || account.session_version !== claims.session_version) {
    res.status(401).json({ type: "unauthorized", message: EXPIRED })
    return
  }
  checked.add(req)
  next()
}

/** Bearer token of a seller with a current session; anyone else gets 401. */
export const sellerAuthentication = [authenticate(SELLER_ACTOR_TYPE, ["bearer"]), requireCurrentSession]
