import type { StorefrontConfig } from "./config.ts";

export type Query = Record<string, string | number | undefined>;

export interface StoreClient {
  get<T>(path: string, query?: Query): Promise<T>;
}

/** The one client of Medusa's Store API used by every data file. */
export function createStoreClient(config: StorefrontConfig): StoreClient {
  return {
    async get<T>(path: string, query: Query = {}): Promise<T> {
      const url = new URL(path, config.medusaUrl);
      for (const [name, value] of Object.entries(query)) {
        if (value !== undefined) url.searchParams.set(name, String(value));
      }
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { "x-publishable-api-key": config.publishableKey, accept: "application/json" },
        });
      } catch (cause) {
        throw new Error(`Cannot reach the Store API at ${config.medusaUrl}; is the backend running?`, { cause });
      }
      if (!response.ok) {
        const body = (await response.text()).slice(0, 300);
        throw new Error(`Store API ${url.pathname}${url.search} answered ${response.status}: ${body}`);
      }
      return (await response.json()) as T;
    },
  };
}

const PAGE_SIZE = 100;

/** Walks a paginated list (limit + offset) until `count` items have been read. */
export async function fetchAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<{ items: T[]; count: number }>,
): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const { items, count } = await fetchPage(all.length, PAGE_SIZE);
    all.push(...items);
    if (items.length === 0 || all.length >= count) return all;
  }
}
