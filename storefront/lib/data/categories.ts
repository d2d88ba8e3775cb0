import type { HttpTypes } from "@medusajs/types";
import type { Locale } from "../locale.ts";
import { fetchAllPages } from "../store-client.ts";
import { store } from "../store.ts";
import { storeLocale } from "./store-locale.ts";

export interface Category {
  handle: string;
  name: string;
  description: string;
}

const cache = new Map<Locale, Promise<Category[]>>();

export function getCategories(locale: Locale): Promise<Category[]> {
  let categories = cache.get(locale);
  if (categories === undefined) {
    categories = fetchAllPages(async (offset, limit) => {
      const page = await store.get<HttpTypes.StoreProductCategoryListResponse>(
        "/store/product-categories",
        { fields: "id,handle,name,description,rank", limit, offset, locale: storeLocale(locale) },
      );
      return { items: page.product_categories, count: page.count };
    }).then((all) =>
      // The API's order is arbitrary; staff order categories through their rank.
      [...all]
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, locale))
        .map((raw) => ({ handle: raw.handle, name: raw.name, description: raw.description ?? "" })),
    );
    cache.set(locale, categories);
  }
  return categories;
}
