import type { APIRoute } from "astro";
import { getCategories } from "@storefront/lib/data/categories.ts";
import { getExperiences } from "@storefront/lib/data/experiences.ts";
import { getProducers } from "@storefront/lib/data/producers.ts";
import { getProducts } from "@storefront/lib/data/products.ts";
import { getDestinations } from "@storefront/lib/destinations.ts";
import { pageCount, pageSize } from "@storefront/lib/paging.ts";
import { listingPath, pagePath, type ListingKind, type PageKind } from "@storefront/lib/routes.ts";
import { buildSitemap, type PagePair } from "@storefront/lib/sitemap.ts";
import { productsByCategory, productsByProducer } from "@storefront/lib/static-paths.ts";

const pair = (kind: PageKind, handle: string): PagePair => ({
  vi: pagePath(kind, "vi", handle),
  en: pagePath(kind, "en", handle),
});

/** Every page of a listing, the first at the listing's own address. */
const listingPairs = (kind: ListingKind, handle: string, products: number): PagePair[] =>
  Array.from({ length: pageCount(products, pageSize()) }, (_, index) => ({
    vi: listingPath(kind, "vi", handle, index + 1),
    en: listingPath(kind, "en", handle, index + 1),
  }));

/** The public pages a search engine should know, each with its twin in the other language. */
export const GET: APIRoute = async ({ site }) => {
  const [categories, products, producers, destinations, experiences, byCategory, byProducer] = await Promise.all([
    getCategories("vi"),
    getProducts("vi"),
    getProducers(),
    getDestinations(),
    getExperiences("vi"),
    productsByCategory("vi"),
    productsByProducer("vi"),
  ]);
  const pages: PagePair[] = [
    { vi: "/", en: "/en/" },
    { vi: "/diem-den/", en: "/en/destinations/" },
    ...destinations.map((destination) => pair("destination", destination.slug)),
    ...experiences.map((experience) => pair("experience", experience.handle)),
    ...categories.flatMap((category) => listingPairs("category", category.handle, byCategory.get(category.handle)?.length ?? 0)),
    ...products.map((product) => pair("product", product.handle)),
    ...producers.flatMap((producer) => listingPairs("producer", producer.handle, byProducer.get(producer.handle)?.length ?? 0)),
  ];
  return new Response(buildSitemap(pages, site?.href ?? "http://localhost:4321"), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
};
