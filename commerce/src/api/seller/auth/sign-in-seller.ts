import { randomBytes } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@/modules/producer"
import { sellerIdentifier } from "@/modules/producer/seller-identifier"
import type ProducerModuleService from "@/modules/producer/service"

export const SELLER_ACTOR_TYPE = "seller"

export type SellerAccountRow = { id: string; name: string; phone: string; status: string; session_version: number }

/**
 * An identity no phone can name (sellerIdentifier gives `seller:<digits>`), with a random
 * password nobody holds. A phone without an account is checked against it, so an unknown
 * phone costs the same password hash as a known one with a wrong password.
 */
const STAND_IN_IDENTIFIER = "seller:no-such-account"

let standInReady: Promise<void> | undefined

function ensureStandIn(scope: MedusaContainer): Promise<void> {
  standInReady ??= (async () => {
    const auth = scope.resolve(Modules.AUTH)
    const existing = await auth.listProviderIdentities({ entity_id: STAND_IN_IDENTIFIER, provider: "emailpass" }, { select: ["id"], take: 1 })
    if (existing.length === 0) {
      // Made through the provider, so it is hashed with exactly the sellers' algorithm and cost.
      await auth.register("emailpass", { body: { email: STAND_IN_IDENTIFIER, password: randomBytes(32).toString("base64url") } })
    }
  })().catch((error: unknown) => {
    standInReady = undefined
    throw error
  })
  return standInReady
}

/**
 * The seller account for a phone and password, or null when either is wrong. Both wrongs
 * do the same work — one look-up, then one password check against the account's hash or the
 * stand-in's — so neither the answer nor its time tells whether the phone has an account.
 */
export async function authenticateSeller(
  scope: MedusaContainer,
  phone: string,
  password: string
): Promise<SellerAccountRow | null> {
  const auth = scope.resolve(Modules.AUTH)
  const identifier = sellerIdentifier(phone)
  const [known] = await Promise.all([
    auth.listProviderIdentities({ entity_id: identifier, provider: "emailpass" }, { select: ["id"], take: 1 }),
    ensureStandIn(scope),
  ])
  const { success, authIdentity } = await auth.authenticate("emailpass", {
    body: { email: known.length > 0 ? identifier : STAND_IN_IDENTIFIER, password },
  })
  if (known.length === 0 || !success || !authIdentity) {
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
