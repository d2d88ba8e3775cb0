import { getCategories } from "./data/categories.ts";
import { pagesToBuild } from "./data/partial-build.ts";
import { getProducers } from "./data/producers.ts";
import { getProducts } from "./data/products.ts";
import { getDestinations } from "./destinations.ts";
import type { Locale } from "./locale.ts";

// Shared by the Vietnamese and English twin of each page, so both list the same handles.
// A partial build (data/partial-build.ts) keeps only the pages its changed products touch.

async function touched(locale: Locale) {
  await getProducts(locale);
  return pagesToBuild(locale);
}

const within = (handles: string[] | undefined) => (handle: string) => handles === undefined || handles.includes(handle);

export async function categoryPaths(locale: Locale) {
  const [categories, only] = await Promise.all([getCategories(locale), touched(locale)]);
  return categories
    .filter((category) => within(only?.categories)(category.handle))
    .map((category) => ({ params: { handle: category.handle }, props: { category } }));
}

export async function productPaths(locale: Locale) {
  const [products, only] = await Promise.all([getProducts(locale), touched(locale)]);
  return products
    .filter((product) => within(only?.products)(product.handle))
    .map((product) => ({ params: { handle: product.handle }, props: { product } }));
}

export async function producerPaths() {
  const [producers, only] = await Promise.all([getProducers(), touched("vi")]);
  return producers
    .filter((producer) => within(only?.producers)(producer.handle))
    .map((producer) => ({ params: { handle: producer.handle }, props: { producer } }));
}

export async function destinationPaths() {
  const destinations = await getDestinations();
  return destinations.map((destination) => ({ params: { slug: destination.slug }, props: { destination } }));
}
