import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareFunction,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { limitPerAddress } from "@/lib/rate-limit/http"
import { SellerRegister, SellerSignIn } from "./auth/validators"
import { sellerAuthentication } from "./authenticate-seller"
import { sellerCors } from "./cors"
import {
  SellerCreateProduct,
  SellerEmptyBody,
  SellerListProducts,
  SellerUpdateProduct,
} from "./households/[handle]/products/validators"
import { SellerParcelAction } from "./households/[handle]/orders/validators"
import { readPhotoBody } from "./households/[handle]/products/[id]/photos/read-photo-body"
import { SellerChangePassword } from "./me/validators"
import { validateSellerBody, validateSellerQuery } from "./validate-body"

const PRODUCTS = "/seller/households/:handle/products"
const ORDERS = "/seller/households/:handle/orders"

/**
 * Sellers sign in through /seller/auth/sign-in only, where failures are rate-limited and
 * the token carries the session version; Medusa's generic /auth/seller/* would bypass both.
 */
function closeGenericSellerAuth(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(404).json({ type: "not_found", message: "Đăng nhập người bán tại /seller/auth/sign-in" })
}

/** Every seller route is listed with its own authentication, so it runs before validation. */
function sellerRoute(
  method: "GET" | "POST" | "DELETE",
  matcher: string,
  ...rest: MiddlewareFunction[]
): MiddlewareRoute {
  return { method: [method], matcher, middlewares: [...sellerAuthentication, ...rest] }
}

export const sellerMiddlewares: MiddlewareRoute[] = [
  { method: ["OPTIONS", "GET", "POST", "DELETE"], matcher: "/seller/*", middlewares: [sellerCors] },
  { method: ["GET", "POST"], matcher: "/auth/seller/*", middlewares: [closeGenericSellerAuth] },
  { method: ["POST"], matcher: "/seller/auth/sign-in", middlewares: [validateSellerBody(SellerSignIn)] },
  { method: ["POST"], matcher: "/seller/auth/register", middlewares: [limitPerAddress("sellerRegistration"), validateSellerBody(SellerRegister)] },
  sellerRoute("GET", "/seller/me"),
  sellerRoute("POST", "/seller/me/password", validateSellerBody(SellerChangePassword)),
  sellerRoute("GET", PRODUCTS, validateSellerQuery(SellerListProducts)),
  sellerRoute("POST", PRODUCTS, validateSellerBody(SellerCreateProduct)),
  sellerRoute("GET", `${PRODUCTS}/:id`),
  sellerRoute("POST", `${PRODUCTS}/:id`, validateSellerBody(SellerUpdateProduct)),
  sellerRoute("DELETE", `${PRODUCTS}/:id`),
  sellerRoute("POST", `${PRODUCTS}/:id/publish`, validateSellerBody(SellerEmptyBody)),
  sellerRoute("POST", `${PRODUCTS}/:id/unpublish`, validateSellerBody(SellerEmptyBody)),
  // The photo is the raw body, read (and size-capped) by readPhotoBody, not by a JSON parser.
  { ...sellerRoute("POST", `${PRODUCTS}/:id/photos`, readPhotoBody), bodyParser: false },
  sellerRoute("GET", ORDERS),
  sellerRoute("POST", `${ORDERS}/:id/status`, validateSellerBody(SellerParcelAction)),
  sellerRoute("GET", "/seller/households/:handle/earnings"),
  // A route added later without an entry above is still closed to anyone but a seller.
  { method: ["GET", "POST", "DELETE"], matcher: "/seller/households/*", middlewares: sellerAuthentication },
  { method: ["GET", "POST", "DELETE"], matcher: "/seller/me/*", middlewares: sellerAuthentication },
]
