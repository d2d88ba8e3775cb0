import type { MiddlewareRoute } from "@medusajs/framework/http"
import { readPhotoBody } from "@/api/seller/households/[handle]/products/[id]/photos/read-photo-body"
import { validateSellerBody, validateSellerQuery } from "@/api/seller/validate-body"
import {
  AdminCreateDestination,
  AdminEmptyBody,
  AdminLinkableProducts,
  AdminLinkDestinationProducts,
  AdminListDestinations,
  AdminPhotoQuery,
  AdminPreviewMarkdown,
} from "./validators"

const BASE = "/admin/destinations"

// validateSellerBody/Query pass the schemas' Vietnamese messages on (Medusa's own would be English).
export const adminDestinationsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateSellerQuery(AdminListDestinations)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateSellerBody(AdminCreateDestination)] },
  { method: ["POST"], matcher: `${BASE}/preview`, middlewares: [validateSellerBody(AdminPreviewMarkdown)] },
  { method: ["GET"], matcher: `${BASE}/linkable-products`, middlewares: [validateSellerQuery(AdminLinkableProducts)] },
  // POST /admin/destinations/:id would also match /preview, so its body is checked in the route.
  { method: ["POST"], matcher: `${BASE}/:id/publish`, middlewares: [validateSellerBody(AdminEmptyBody)] },
  { method: ["POST"], matcher: `${BASE}/:id/unpublish`, middlewares: [validateSellerBody(AdminEmptyBody)] },
  { method: ["POST"], matcher: `${BASE}/:id/products`, middlewares: [validateSellerBody(AdminLinkDestinationProducts)] },
  // The photo is the raw body (as on the seller page), read and size-capped by readPhotoBody.
  {
    method: ["POST"],
    matcher: `${BASE}/:id/photos`,
    middlewares: [validateSellerQuery(AdminPhotoQuery), readPhotoBody],
    bodyParser: false,
  },
]
