import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@/modules/producer"
import { sellerIdentifier } from "@/modules/producer/seller-identifier"
import type ProducerModuleService from "@/modules/producer/service"
import { isSignInBlocked, SIGN_IN_WINDOW_MS } from "@/modules/producer/sign-in-limit"

export const SELLER_ACTOR_TYPE = "seller"

export type SellerAccountRow = { id: string; name: string; phone: string; status: string; session_version: number }

/** Whether this phone from this address (or this address overall) has failed too often. */
export async function signInBlocked(scope: MedusaContainer, phone: string, ip: string): Promise<boolean> {
  const service: ProducerModuleService = scope.resolve(PRODUCER_MODULE)
  const since = { $gte: new Date(Date.now() - SIGN_IN_WINDOW_MS) }
  const [, phoneAndIp] = await service.listAndCountSignInFailures({ phone, ip, created_at: since }, { take: 1 })
  const [, fromIp] = await service.listAndCountSignInFailures({ ip, created_at: since }, { take: 1 })
  return isSignInBlocked({ phone_and_ip: phoneAndIp, ip: fromIp })
}

/** The seller account for a phone and password, or null when either is wrong. */
export async function authenticateSeller(
  scope: MedusaContainer,
  phone: string,
  password: string
): Promise<SellerAccountRow | null> {
  const auth = scope.resolve(Modules.AUTH)
  const { success, authIdentity } = await auth.authenticate("emailpass", {
    body: { email: sellerIdentifier(phone), password },
  })
  if (!success || !authIdentity) {
    return null
  }
  const service: ProducerModuleService = scope.resolve(PRODUCER_MODULE)
  const [account] = await service.listSellerAccounts({ auth_identity_id: authIdentity.id })
  return account ?? null
}

/**
 * A bearer token for Medusa's `authenticate("seller", …)`, carrying the account's session
 * version: the seller middleware refuses it once the version has moved on.
 */
export function issueSellerToken(scope: MedusaContainer, account: SellerAccountRow & { auth_identity_id?: string | null }) {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtToken(
    {
      actor_id: account.id,
      actor_type: SELLER_ACTOR_TYPE,
      auth_identity_id: account.auth_identity_id ?? "",
      app_metadata: { seller_id: account.id },
      user_metadata: {},
      session_version: account.session_version,
    },
    { secret: http.jwtSecret, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
}
