import type { Product } from "./data/products.ts";

/**
 * Products for the home page: in stock first, then by OCOP stars, keeping the API's order
 * otherwise, and at most one per producer so that many households get seen.
 */
export function featuredProducts(products: Product[], limit: number): Product[] {
  const ranked = products
    .map((product, index) => ({ product, index }))
    .sort((a, b) =>
      Number(b.product.variants.some((v) => v.inStock)) - Number(a.product.variants.some((v) => v.inStock))
      || (b.product.ocopStars ?? 0) - (a.product.ocopStars ?? 0)
      || a.index - b.index,
    );
  const seen = new Set<string>();
  const chosen: Product[] = [];
  for (const { product } of ranked) {
    const producer = product.producer?.handle ?? product.handle;
    if (seen.has(producer)) continue;
    seen.add(producer);
    chosen.push(product);
    if (chosen.length === limit) break;
  }
  return chosen;
}
