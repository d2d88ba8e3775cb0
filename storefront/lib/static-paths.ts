import { getCategories } from "./data/categories.ts";
import { getProducers } from "./data/producers.ts";
import { getProducts } from "./data/products.ts";
import { getDestinations } from "./destinations.ts";
import type { Locale } from "./locale.ts";

// Shared by the Vietnamese and English twin of each page, so both list the same handles.

export async function categoryPaths(locale: Locale) {
  const categories = await getCategories(locale);
  return categories.map((category) => ({ params: { handle: category.handle }, props: { category } }));
}

export async function productPaths(locale: Locale) {
  const products = await getProducts(locale);
  return products.map((product) => ({ params: { handle: product.handle }, props: { product } }));
}

export async function producerPaths() {
  const producers = await getProducers();
  return producers.map((producer) => ({ params: { handle: producer.handle }, props: { producer } }));
}

export async function destinationPaths() {
  const destinations = await getDestinations();
  return destinations.map((destination) => ({ params: { slug: destination.slug }, props: { destination } }));
}
