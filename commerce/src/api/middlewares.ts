import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDestinationsMiddlewares } from "./admin/destinations/middlewares"
import { adminImpactMiddlewares } from "./admin/impact/middlewares"
import { adminPayoutsMiddlewares } from "./admin/payouts/middlewares"
import { adminProducersMiddlewares } from "./admin/producers/middlewares"
import { adminSellersMiddlewares } from "./admin/sellers/middlewares"
import { adminStatusReadsMiddlewares } from "./admin/status-reads/middlewares"
import { tourismStaffGuard } from "./admin/tourism-staff/guard"
import { adminVietQrMiddlewares } from "./admin/vietqr/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { storeBookingsMiddlewares } from "./store/bookings/middlewares"
import { storeCheckoutMiddlewares } from "./store/checkout/middlewares"
import { storeDestinationsMiddlewares } from "./store/destinations/middlewares"
import { storeExperiencesMiddlewares } from "./store/experiences/middlewares"
import { storeMyDataMiddlewares } from "./store/my-data/middlewares"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { storeProducersMiddlewares } from "./store/producers/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { bodyLimitMiddlewares } from "./security/body-limits"
import { guardRequest } from "./request-guard/guard-request"
import { securityErrorHandler } from "./security/error-handler"
import { securityHeadersMiddleware } from "./security/security-headers"

export default defineMiddlewares({
  errorHandler: securityErrorHandler,
  routes: [
    // Before anything else, so every answer (refusals included) carries the security headers.
    { matcher: "/", middlewares: [securityHeadersMiddleware] },
    ...bodyLimitMiddlewares,
    // Malformed paths, NUL characters, bad paging and date filters: 400 before they become 500s.
    { matcher: "/store*", middlewares: [guardRequest] },
    { matcher: "/seller*", middlewares: [guardRequest] },
    // Tourism staff may use the destination editor and nothing else of the admin API.
    { matcher: "/admin*", middlewares: [tourismStaffGuard] },
    ...storeCheckoutMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...storeMyDataMiddlewares,
    ...storeDestinationsMiddlewares,
    ...storeExperiencesMiddlewares,
    ...storeBookingsMiddlewares,
    ...storeProducersMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...sellerMiddlewares,
    ...adminDestinationsMiddlewares,
    ...adminImpactMiddlewares,
    ...adminPayoutsMiddlewares,
    ...adminProducersMiddlewares,
    ...adminSellersMiddlewares,
    ...adminStatusReadsMiddlewares,
    ...adminVietQrMiddlewares,
  ],
})
