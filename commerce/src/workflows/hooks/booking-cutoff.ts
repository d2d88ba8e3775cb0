import { addToCartWorkflow, completeCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertBookable } from "../experience/assert-bookable"

type CartItems = { items?: Array<{ id: string; variant_id?: string | null } | null> | null }

/** A booking past its cut-off is refused when added to a cart… */
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = (input as { items?: Array<{ variant_id?: string | null }> }).items ?? []
  await assertBookable(container, items.map((item) => item.variant_id ?? ""))
})

/** …when its number of guests is changed… */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const itemId = (input as { item_id?: string }).item_id
  const line = ((cart as CartItems).items ?? []).find((item) => item?.id === itemId)
  await assertBookable(container, [line?.variant_id ?? ""])
})

/** …and when the cart is completed, days after it was filled. */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertBookable(container, ((cart as CartItems).items ?? []).map((item) => item?.variant_id ?? ""))
})
