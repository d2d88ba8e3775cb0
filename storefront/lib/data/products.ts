import type { HttpTypes } from "@medusajs/types";
import type { Locale } from "../locale.ts";
import { fetchAllPages } from "../store-client.ts";
import { store } from "../store.ts";
import { toProducer, type Producer, type StoreProducer } from "./producers.ts";
import { getRegion } from "./regions.ts";
import { storeLocale } from "./store-locale.ts";

type StoreProductWithProducer = HttpTypes.StoreProduct & { producer?: StoreProducer | null };

export interface Variant {
  id: string;
  title: string;
  /** Integer đồng, or null when the variant has no price in the region. */
  amount: number | null;
  inStock: boolean;
}

export interface Product {
  handle: string;
  title: string;
  description: string;
  categoryHandles: string[];
  producer: Producer | null;
  ocopStars: number | null;
  season: string | null;
  variants: Variant[];
}

const FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "+variants.weight",
  "*categories",
  "*tags",
  "+metadata",
  "*producer",
].join(",");

function toVariant(raw: HttpTypes.StoreProductVariant): Variant {
  const inStock = raw.manage_inventory === false
    || raw.allow_backorder === true
    || (raw.inventory_quantity ?? 0) > 0;
  return {
    id: raw.id,
    title: raw.title ?? "",
    amount: raw.calculated_price?.calculated_amount ?? null,
    inStock,
  };
}

function toProduct(raw: StoreProductWithProducer): Product {
  const metadata = raw.metadata ?? {};
  return {
    handle: raw.handle,
    title: raw.title,
    description: raw.description ?? "",
    categoryHandles: (raw.categories ?? []).map((category) => category.handle),
    producer: raw.producer ? toProducer(raw.producer) : null,
    ocopStars: typeof metadata.ocop_stars === "number" ? metadata.ocop_stars : null,
    season: typeof metadata.season === "string" && metadata.season !== "" ? metadata.season : null,
    variants: [...(raw.variants ?? [])]
      .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0)
        || (a.calculated_price?.calculated_amount ?? 0) - (b.calculated_price?.calculated_amount ?? 0))
      .map(toVariant),
  };
}

/** Experiences are products too (one variant per date); they have their own pages under /trai-nghiem/. */
function isExperience(raw: StoreProductWithProducer): boolean {
  return raw.metadata?.kind === "experience";
}

const cache = new Map<Locale, Promise<Product[]>>();

/** Every published product (goods, not experiences) with its price in VND, read once per build and language. */
export function getProducts(locale: Locale): Promise<Product[]> {
  let products = cache.get(locale);
  if (products === undefined) {
    products = getRegion().then((region) =>
      fetchAllPages(async (offset, limit) => {
        const page = await store.get<HttpTypes.StoreProductListResponse>("/store/products", {
          region_id: region.id,
          fields: FIELDS,
          limit,
          offset,
          locale: storeLocale(locale),
        });
        return { items: page.products as StoreProductWithProducer[], count: page.count };
      }),
    ).then((all) => all.filter((raw) => !isExperience(raw)).map(toProduct));
    cache.set(locale, products);
  }
  return products;
}

/** The lowest price among a product's variants, for cards ("From 180.000 ₫"). */
export function lowestAmount(product: Product): number | null {
  const amounts = product.variants.flatMap((variant) => (variant.amount === null ? [] : [variant.amount]));
  return amounts.length === 0 ? null : Math.min(...amounts);
}
