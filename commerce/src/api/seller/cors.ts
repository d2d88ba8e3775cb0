import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

/**
 * Medusa adds CORS to /store, /admin and /auth only. The seller page is served by the
 * storefront, so /seller/* answers the same origins as the Store API (STORE_CORS), with a
 * bearer token and never cookies.
 */
export function sellerCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const origin = req.headers.origin
  if (origin) {
    const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const allowed = parseCorsOrigins(http.storeCors).some((o) => (typeof o === "string" ? o === origin : o.test(origin)))
    if (allowed) {
      res.setHeader("Access-Control-Allow-Origin", origin)
      res.setHeader("Vary", "Origin")
      res.setHeader("Access-Control-Allow-Headers", "authorization, content-type")
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE")
      res.setHeader("Access-Control-Max-Age", "600")
    }
  }
  if (req.method === "OPTIONS") {
    res.status(204).end()
    return
  }
  next()
}
