import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerBody } from "@/api/seller/validate-body"
import { limitPerAddress } from "@/lib/rate-limit/http"
import { closeCartCreation, closePaymentCollections, closeStoreOrders, requireCartToken, stampLineHousehold } from "./cart-access"
import { CompleteCheckoutBody, CreateCheckoutCartBody } from "./validators"

/** Wildcard matchers sort before Medusa's own cart middlewares, so these run first. */
export const storeCheckoutMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [closeCartCreation] },
  { method: ["GET", "POST", "DELETE"], matcher: "/store/carts/*", middlewares: [requireCartToken, stampLineHousehold] },
  { method: ["GET", "POST", "DELETE"], matcher: "/store/orders*", middlewares: [closeStoreOrders] },
  { method: ["GET", "POST", "DELETE"], matcher: "/store/payment-collections*", middlewares: [closePaymentCollections] },
  { method: ["POST"], matcher: "/store/checkout/carts", middlewares: [limitPerAddress("checkoutCarts"), validateSellerBody(CreateCheckoutCartBody)] },
  { method: ["GET", "POST"], matcher: "/store/checkout/carts/*", middlewares: [requireCartToken] },
  { method: ["POST"], matcher: "/store/checkout/carts/:id/complete", middlewares: [limitPerAddress("checkoutCompletions"), validateSellerBody(CompleteCheckoutBody)] },
  // Medusa's own completion route counts against the same allowance, so it is no way around it.
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [limitPerAddress("checkoutCompletions")] },
]
