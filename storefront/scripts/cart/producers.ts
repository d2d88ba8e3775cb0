import { storeCall } from "./api.ts";
import type { ProducerRef } from "./types.ts";

interface ProductWithProducer {
  id: string;
  producer?: { handle?: string; name?: string } | null;
}

/** The household behind each product in the cart, in one request, for grouping lines into parcels. */
export async function producersOf(productIds: readonly string[]): Promise<Map<string, ProducerRef>> {
  const ids = [...new Set(productIds)];
  const result = new Map<string, ProducerRef>();
  if (ids.length === 0) return result;
  const query = new URLSearchParams({ fields: "id,*producer", limit: String(ids.length) });
  for (const id of ids) query.append("id[]", id);
  const { products } = await storeCall<{ products: ProductWithProducer[] }>("GET", `/store/products?${query.toString()}`);
  for (const product of products) {
    const producer = product.producer;
    if (producer?.handle && producer.name) result.set(product.id, { handle: producer.handle, name: producer.name });
  }
  return result;
}
