import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCER_PUBLIC_FIELDS } from "@/modules/producer/public-producer"

const PRODUCT_PRODUCER_FIELDS = PRODUCER_PUBLIC_FIELDS.map((field) => `producer.${field}`)

/**
 * Store product routes may show who made a product, but only its public fields: a request
 * for the whole relation (`*producer`) is narrowed to those fields, anything else under
 * `producer.` is dropped by Medusa's allow-list, and private columns are blocked outright.
 */
export function exposePublicProducerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.query.fields
  if (typeof fields === "string") {
    req.query.fields = fields
      .split(",")
      .flatMap((field) => (/^[+]?(\*producer|producer\.\*)$/.test(field.trim()) ? PRODUCT_PRODUCER_FIELDS.map((f) => `+${f}`) : [field]))
      .join(",")
  }
  req.allowed = [...(req.allowed ?? []), ...PRODUCT_PRODUCER_FIELDS]
  req.disallowed = [/^household_status$/, /^phone$/, /^public_profile_consent$/]
  next()
}

/** A wildcard matcher sorts before Medusa's own product middlewares, which read `req.allowed`. */
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [exposePublicProducerFields] },
]
