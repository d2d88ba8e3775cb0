import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productKind } from "@/lib/destination/product-kind"
import { DESTINATION_STORE_FIELDS } from "@/modules/destination/public-destination"
import { StoreDestinationSlug } from "../validators"

type LinkedProduct = { handle: string; status: string; metadata?: Record<string, unknown> | null }

/**
 * One published destination with the handles of the published products it leads to,
 * experiences (products of kind "experience") listed apart: their pages live elsewhere.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const slug = StoreDestinationSlug.safeParse(req.params.slug)
  if (!slug.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Địa chỉ điểm đến "${req.params.slug}" không hợp lệ`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "destination",
    fields: [...DESTINATION_STORE_FIELDS, "products.handle", "products.status", "products.metadata"],
    filters: { slug: slug.data, status: "published" },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm đến "${slug.data}"`)
  }
  const { products, ...destination } = data[0] as Record<string, unknown> & { products?: LinkedProduct[] }
  const published = (products ?? []).filter((p) => p.status === "published")
  const handlesOf = (kind: string) => published.filter((p) => productKind(p) === kind).map((p) => p.handle).sort()
  res.json({
    destination: { ...destination, product_handles: handlesOf("product"), experience_handles: handlesOf("experience") },
  })
}
