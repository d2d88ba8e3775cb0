import { getCategories, type Category } from "./data/categories.ts";
import { pagesToBuild } from "./data/partial-build.ts";
import { getProducers, type Producer } from "./data/producers.ts";
import { getProducts, type Product } from "./data/products.ts";
import { getDestinations } from "./destinations.ts";
import type { Locale } from "./locale.ts";
import { groupNewestFirst, pageSize, paginate, type ListingPage } from "./paging.ts";

// Shared by the Vietnamese and English twin of each page, so both list the same handles.
// A partial build (data/partial-build.ts) keeps only the pages its changed products touch.

async function touched(locale: Locale) {
  await getProducts(locale);
  return pagesToBuild(locale);
}

const within = (handles: string[] | undefined) => (handle: string) => handles === undefined || handles.includes(handle);

/** Which pages of a listing a route file renders: the first (its own address) or the later ones (`trang/<n>/`). */
export type PageRange = "first" | "later";

const inRange = (range: PageRange) => (page: ListingPage<Product>) => (range === "first" ? page.number === 1 : page.number > 1);

/** The products of every category, newest first (paging.ts), one list per category handle. */
export async function productsByCategory(locale: Locale): Promise<Map<string, Product[]>> {
  return groupNewestFirst(await getProducts(locale), (product) => product.categoryHandles);
}

/** The products of every household, newest first. */
export async function productsByProducer(locale: Locale): Promise<Map<string, Product[]>> {
  return groupNewestFirst(await getProducts(locale), (product) => (product.producer ? [product.producer.handle] : []));
}

export interface CategoryPageProps {
  category: Category;
  page: ListingPage<Product>;
}

export async function categoryPaths(locale: Locale, range: PageRange = "first") {
  const [categories, listings, only] = await Promise.all([getCategories(locale), productsByCategory(locale), touched(locale)]);
  const size = pageSize();
  return categories
    .filter((category) => within(only?.categories)(category.handle))
    .flatMap((category) =>
      paginate(listings.get(category.handle) ?? [], size)
        .filter(inRange(range))
        .map((page) => ({
          params: range === "first" ? { handle: category.handle } : { handle: category.handle, page: String(page.number) },
          props: { category, page } satisfies CategoryPageProps,
        })),
    );
}

export async function productPaths(locale: Locale) {
  const [products, only] = await Promise.all([getProducts(locale), touched(locale)]);
  return products
    .filter((product) => within(only?.products)(product.handle))
    .map((product) => ({ params: { handle: product.handle }, props: { product } }));
}

export interface ProducerPageProps {
  producer: Producer;
  page: ListingPage<Product>;
}

export async function producerPaths(locale: Locale, range: PageRange = "first") {
  const [producers, listings, only] = await Promise.all([getProducers(), productsByProducer(locale), touched(locale)]);
  const size = pageSize();
  return producers
    .filter((producer) => within(only?.producers)(producer.handle))
    .flatMap((producer) =>
      paginate(listings.get(producer.handle) ?? [], size)
        .filter(inRange(range))
        .map((page) => ({
          params: range === "first" ? { handle: producer.handle } : { handle: producer.handle, page: String(page.number) },
          props: { producer, page } satisfies ProducerPageProps,
        })),
    );
}

export async function destinationPaths() {
  const destinations = await getDestinations();
  return destinations.map((destination) => ({ params: { slug: destination.slug }, props: { destination } }));
}
