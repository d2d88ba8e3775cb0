import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DestinationModule from "@/modules/destination"

/** A destination page leads visitors to the products (and experiences) of its area. */
export default defineLink(
  { linkable: DestinationModule.linkable.destination, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
