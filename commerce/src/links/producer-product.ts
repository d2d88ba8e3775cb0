import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "@/modules/producer"

/** A household owns many products; a product belongs to one household. */
export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
