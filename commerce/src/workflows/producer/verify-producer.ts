import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateProducerVerificationStep } from "./steps/update-producer-verification"

type ProducerProducts = { products?: ({ id: string; status: string } | null)[] | null }

/**
 * An operator verifies a household. Listings the household asked to publish while it
 * waited ("proposed") go public with it; its drafts stay drafts.
 */
export const verifyProducerWorkflow = createWorkflow("verify-producer", (input: { producer_id: string }) => {
  const producer = updateProducerVerificationStep({ producer_id: input.producer_id, verification_status: "verified" })
  const { data } = useQueryGraphStep({
    entity: "producer",
    fields: ["id", "products.id", "products.status"],
    filters: { id: input.producer_id },
  })
  const proposedIds = transform({ data }, ({ data }) =>
    ((data[0] as ProducerProducts | undefined)?.products ?? [])
      .filter((p): p is { id: string; status: string } => p?.status === "proposed")
      .map((p) => p.id)
  )
  when({ proposedIds }, ({ proposedIds }) => proposedIds.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ proposedIds }, ({ proposedIds }) => ({
        selector: { id: proposedIds },
        update: { status: "published" as const },
      })),
    })
  })
  return new WorkflowResponse({ producer, published_product_ids: proposedIds })
})
