import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** HSTS for half a year, without includeSubDomains: the operator's other hosts are not ours to pin. */
const HSTS = "max-age=15552000"

/**
 * The headers every Medusa answer carries. API answers are JSON read by fetch with CORS, so
 * they may be loaded by nothing else: no framing, no sub-resources, no cross-origin no-cors
 * reads. The admin SPA at /app is only kept out of frames; its scripts are Medusa's to vouch for.
 * Cookies marked Secure mean the market is behind HTTPS, and only then is HSTS sent.
 */
export function securityHeaders(path: string, options: { https: boolean }): Record<string, string> {
  const admin = path === "/app" || path.startsWith("/app/")
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": admin ? "frame-ancestors 'none'" : "default-src 'none'; frame-ancestors 'none'",
    ...(admin ? {} : { "Cross-Origin-Resource-Policy": "same-origin" }),
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
  }
}

/** Sets the headers unless the answer has already gone out; Express's advertisement goes. */
export function applySecurityHeaders(req: MedusaRequest, res: MedusaResponse): void {
  if (res.headersSent) return
  res.removeHeader("X-Powered-By")
  res.set(securityHeaders(req.path, { https: servedOverHttps(req) }))
}

function servedOverHttps(req: MedusaRequest): boolean {
  const config = req.scope?.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  return config?.projectConfig.cookieOptions?.secure === true
}

/** Registered first, for every path the API router handles (store, seller, admin, auth, hooks). */
export function securityHeadersMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  applySecurityHeaders(req, res)
  next()
}
