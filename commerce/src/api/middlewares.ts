import { defineMiddlewares } from "@medusajs/framework/http"
import { storeProducersMiddlewares } from "./store/producers/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"

export default defineMiddlewares({
  routes: [...storeProducersMiddlewares, ...storeProductsMiddlewares, ...storeSearchMiddlewares],
})
