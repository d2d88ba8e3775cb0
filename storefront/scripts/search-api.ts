import type { StorefrontConfig } from "@storefront/lib/config.ts";

// Replaced at build time by the store-config integration. The publishable key is public
// by design; no search-engine key is ever part of the storefront.
declare const __STOREFRONT_CONFIG__: StorefrontConfig;

export type HitType = "product" | "producer" | "experience" | "destination";

export interface SearchHit {
  type: HitType;
  handle: string;
  title: string;
  title_en: string | null;
  price: number | null;
  in_stock: boolean | null;
  ocop_stars: number | null;
  category: string | null;
  area: string | null;
  area_name: string | null;
  producer_handle: string | null;
  producer_name: string | null;
  /** Escaped by the API before it adds <mark>; the only text inserted as HTML. */
  highlights: { title?: string[]; title_en?: string[] };
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface FacetRange {
  key: string;
  count: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  facets: Partial<Record<"type" | "category" | "area" | "in_stock" | "ocop_stars", FacetValue[]>> & {
    price?: FacetRange[];
  };
  total: number;
  limit: number;
  offset: number;
}

/** Search could not answer (network down, server error, still busy after one wait). */
export class SearchUnavailable extends Error {}

/** A busy server says how long to wait; waiting longer than this on 3G feels broken. */
const MAX_RETRY_WAIT_MS = 10_000;

function retryDelay(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_WAIT_MS) : 1000;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/**
 * `GET /store/search` with the storefront's publishable key. A 429 is retried once after
 * the server's Retry-After; an abort is passed through so a newer keystroke wins.
 */
export async function searchStore(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  const config = __STOREFRONT_CONFIG__;
  const url = `${config.medusaUrl}/store/search?${params.toString()}`;
  const init: RequestInit = { headers: { "x-publishable-api-key": config.publishableKey }, signal: signal ?? null };
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new SearchUnavailable("network");
    }
    if (response.status === 429 && attempt === 0) {
      await wait(retryDelay(response), signal);
      continue;
    }
    if (!response.ok) {
      throw new SearchUnavailable(String(response.status));
    }
    return (await response.json()) as SearchResponse;
  }
}
