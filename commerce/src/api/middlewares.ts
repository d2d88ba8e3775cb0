import { defineMiddlewares } from "@medusajs/framework/http"
import { adminImpactMiddlewares } from "./admin/impact/middlewares"
import { adminProducersMiddlewares } from "./admin/producers/middlewares"
import { adminSellersMiddlewares } from "./admin/sellers/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { storeDestinationsMiddlewares } from "./store/destinations/middlewares"
import { storeProducersMiddlewares } from "./store/producers/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeDestinationsMiddlewares,
    ...storeProducersMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...sellerMiddlewares,
    ...adminImpactMiddlewares,
    ...adminProducersMiddlewares,
    ...adminSellersMiddlewares,
  ],
})
