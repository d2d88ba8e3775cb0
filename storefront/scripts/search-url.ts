/** The page's own address carries the search: what a buyer can bookmark or share. */
export const FILTER_KEYS = ["category", "area", "price", "in_stock", "ocop_min"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const;

/** Price bands as the API names them in its facets, in whole đồng; `to` is exclusive. */
export const PRICE_BANDS: Record<string, { from?: number; to?: number }> = {
  "duoi-100k": { to: 100_000 },
  "100k-200k": { from: 100_000, to: 200_000 },
  "200k-500k": { from: 200_000, to: 500_000 },
  "500k-1tr": { from: 500_000, to: 1_000_000 },
  "tren-1tr": { from: 1_000_000 },
};

export const PAGE_SIZE = 20;

/** The store API query for the page's address, from `offset`. */
export function apiParams(page: URLSearchParams, offset: number): URLSearchParams {
  const out = new URLSearchParams();
  const q = page.get("q")?.trim();
  if (q) out.set("q", q);
  for (const key of ["category", "area", "ocop_min"] as const) {
    const value = page.get(key);
    if (value) out.set(key, value);
  }
  if (page.get("in_stock") === "true") out.set("in_stock", "true");
  const band = PRICE_BANDS[page.get("price") ?? ""];
  if (band?.from !== undefined) out.set("price_min", String(band.from));
  // The API's price_max is inclusive.
  if (band?.to !== undefined) out.set("price_max", String(band.to - 1));
  const sort = page.get("sort");
  if (sort && (SORTS as readonly string[]).includes(sort)) out.set("sort", sort);
  out.set("limit", String(PAGE_SIZE));
  if (offset > 0) out.set("offset", String(offset));
  return out;
}

/** The page's address with one filter set, or removed when it is already set to that value. */
export function toggled(page: URLSearchParams, key: FilterKey | "sort", value: string): string {
  const next = new URLSearchParams(page);
  if (next.get(key) === value && key !== "sort") next.delete(key);
  else next.set(key, value);
  return `?${next.toString()}`;
}

/** The page's address without any filter, keeping the words and the order. */
export function cleared(page: URLSearchParams): string {
  const next = new URLSearchParams(page);
  for (const key of FILTER_KEYS) next.delete(key);
  return `?${next.toString()}`;
}

export function hasFilters(page: URLSearchParams): boolean {
  return activeFilterCount(page) > 0;
}

/** How many filters narrow the results: shown on the folded "filter" button of a phone. */
export function activeFilterCount(page: URLSearchParams): number {
  return FILTER_KEYS.filter((key) => Boolean(page.get(key))).length;
}

/** From this many results the API counts from a sample (rounded): the page says "about". */
export const ESTIMATED_FROM = 2_000;

/** The number of results as a person reads it: "khoảng 18.000" once it is an estimate. */
export function totalText(total: number, locale: "vi" | "en", about: string): string {
  const number = total.toLocaleString(locale === "vi" ? "vi-VN" : "en-US");
  return total >= ESTIMATED_FROM ? `${about} ${number}` : number;
}
