import type { HttpTypes } from "@medusajs/types";
import type { Locale } from "../locale.ts";
import { fetchAllPages } from "../store-client.ts";
import { store } from "../store.ts";
import type { Photo } from "./destinations.ts";
import { productPhoto } from "./photo.ts";
import { toProducer, type Producer, type StoreProducer } from "./producers.ts";
import { loadProducts } from "./partial-build.ts";
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
  id: string;
  handle: string;
  title: string;
  description: string;
  categoryHandles: string[];
  producer: Producer | null;
  ocopStars: number | null;
  season: string | null;
  /** The seller's photo in every width and format, or null (the page draws a placeholder). */
  photo: Photo | null;
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
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    description: raw.description ?? "",
    categoryHandles: (raw.categories ?? []).map((category) => category.handle),
    producer: raw.producer ? toProducer(raw.producer) : null,
    ocopStars: typeof metadata.ocop_stars === "number" ? metadata.ocop_stars : null,
    season: typeof metadata.season === "string" && metadata.season !== "" ? metadata.season : null,
    photo: productPhoto(raw.id, metadata.photo),
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

async function fetchProducts(locale: Locale, query: { offset: number; limit: number; id?: string }) {
  const region = await getRegion();
  const page = await store.get<HttpTypes.StoreProductListResponse>("/store/products", {
    region_id: region.id,
    fields: FIELDS,
    locale: storeLocale(locale),
    ...query,
  });
  return { items: page.products as StoreProductWithProducer[], count: page.count };
}

const goods = (all: StoreProductWithProducer[]) => all.filter((raw) => !isExperience(raw)).map(toProduct);

/**
 * Every published product (goods, not experiences) with its price in VND, read once per
 * build and language; a partial build (./partial-build.ts) fetches only the changed ones.
 */
export function getProducts(locale: Locale): Promise<Product[]> {
  let products = cache.get(locale);
  if (products === undefined) {
    products = loadProducts(locale, {
      all: async () => goods(await fetchAllPages((offset, limit) => fetchProducts(locale, { offset, limit }))),
      byIds: async (ids) =>
        goods((await Promise.all(ids.map((id) => fetchProducts(locale, { id, offset: 0, limit: 1 })))).flatMap((page) => page.items)),
    });
    cache.set(locale, products);
  }
  return products;
}

/** The lowest price among a product's variants, for cards ("From 180.000 ₫"). */
export function lowestAmount(product: Product): number | null {
  const amounts = product.variants.flatMap((variant) => (variant.amount === null ? [] : [variant.amount]));
  return amounts.length === 0 ? null : Math.min(...amounts);
}
