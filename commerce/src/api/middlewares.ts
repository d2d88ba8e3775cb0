import { defineMiddlewares } from "@medusajs/framework/http"
import { adminProducersMiddlewares } from "./admin/producers/middlewares"
import { adminSellersMiddlewares } from "./admin/sellers/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { storeProducersMiddlewares } from "./store/producers/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeProducersMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...sellerMiddlewares,
    ...adminProducersMiddlewares,
    ...adminSellersMiddlewares,
  ],
})
