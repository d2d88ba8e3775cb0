import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productKind } from "@/lib/destination/product-kind"
import type { AdminLinkableProductsType } from "../validators"

type Row = { id: string; title: string; handle: string; status: string; metadata?: Record<string, unknown> | null; type?: { value: string } | null }

/**
 * What the editor may link: products and experiences, by title, with only their name, address,
 * state and kind. Tourism staff use this instead of /admin/products, which they may not open
 * (it carries households' prices, stock and data).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit } = req.validatedQuery as AdminLinkableProductsType
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "metadata", "type.value"],
    filters: q ? { $or: [{ title: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }] } : {},
    pagination: { take: limit, order: { title: "ASC" } },
  })
  const products = (data as Row[]).map((row) => ({
    id: row.id,
    title: row.title,
    handle: row.handle,
    status: row.status,
    kind: productKind(row),
  }))
  res.json({ products })
}
