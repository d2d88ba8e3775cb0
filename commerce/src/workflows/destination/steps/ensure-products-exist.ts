import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ensureProductsExistStepId = "ensure-products-exist"

/** Refuses to link a product id that does not exist; it only reads, so nothing to undo. */
export const ensureProductsExistStep = createStep(
  ensureProductsExistStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: ids } })
    const found = new Set(data.map((product: { id: string }) => product.id))
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${missing.join(", ")}`)
    }
    return new StepResponse(ids)
  }
)
