import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DESTINATION_MODULE } from "@/modules/destination"
import { DESTINATION_CHANGED_EVENT } from "./events"
import { ensureDestinationExistsStep } from "./steps/ensure-destination-exists"
import { ensureProductsExistStep } from "./steps/ensure-products-exist"

export type LinkDestinationProductsWorkflowInput = { id: string; add: string[]; remove: string[] }

const linkOf = (destinationId: string, productId: string) => ({
  [DESTINATION_MODULE]: { destination_id: destinationId },
  [Modules.PRODUCT]: { product_id: productId },
})

/** Links products and experiences (experiences are products) to a destination, or unlinks them. */
export const linkDestinationProductsWorkflow = createWorkflow(
  "link-destination-products",
  (input: LinkDestinationProductsWorkflowInput) => {
    ensureDestinationExistsStep(input.id)
    ensureProductsExistStep(input.add)
    const links = transform({ input }, ({ input }) => ({
      add: input.add.map((productId) => linkOf(input.id, productId)),
      remove: input.remove.map((productId) => linkOf(input.id, productId)),
    }))
    createRemoteLinkStep(links.add)
    dismissRemoteLinkStep(links.remove)
    emitEventStep({ eventName: DESTINATION_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(input)
  }
)
