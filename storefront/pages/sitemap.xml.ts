import type { APIRoute } from "astro";
import { getCategories } from "@storefront/lib/data/categories.ts";
import { getExperiences } from "@storefront/lib/data/experiences.ts";
import { getProducers } from "@storefront/lib/data/producers.ts";
import { getProducts } from "@storefront/lib/data/products.ts";
import { getDestinations } from "@storefront/lib/destinations.ts";
import { pagePath, type PageKind } from "@storefront/lib/routes.ts";
import { buildSitemap, type PagePair } from "@storefront/lib/sitemap.ts";

const pair = (kind: PageKind, handle: string): PagePair => ({
  vi: pagePath(kind, "vi", handle),
  en: pagePath(kind, "en", handle),
});

/** The public pages a search engine should know, each with its twin in the other language. */
export const GET: APIRoute = async ({ site }) => {
  const [categories, products, producers, destinations, experiences] = await Promise.all([
    getCategories("vi"),
    getProducts("vi"),
    getProducers(),
    getDestinations(),
    getExperiences("vi"),
  ]);
  const pages: PagePair[] = [
    { vi: "/", en: "/en/" },
    { vi: "/diem-den/", en: "/en/destinations/" },
    ...destinations.map((destination) => pair("destination", destination.slug)),
    ...experiences.map((experience) => pair("experience", experience.handle)),
    ...categories.map((category) => pair("category", category.handle)),
    ...products.map((product) => pair("product", product.handle)),
    ...producers.map((producer) => pair("producer", producer.handle)),
  ];
  return new Response(buildSitemap(pages, site?.href ?? "http://localhost:4321"), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
};
