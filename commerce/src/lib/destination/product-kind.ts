/**
 * Experiences are Medusa products with `metadata.kind = "experience"` (the experience
 * seed and lib/experience/kind.ts set and read the same value); everything else is a product.
 */
export type ProductKind = "product" | "experience"

export function productKind(product: { metadata?: Record<string, unknown> | null }): ProductKind {
  return product.metadata?.kind === "experience" ? "experience" : "product"
}
