/**
 * What the service worker does with each request, decided from the request alone so it can
 * be tested without a browser. Anything private (a cart, a seller's data, an order, a
 * payment) never reaches a cache: it either is not a GET, travels with a token, or lives on
 * the Store API's origin, which the worker leaves alone.
 */
export type Strategy =
  /** Pages: the network first, the saved copy when the network is slow or gone. */
  | "page"
  /** Fingerprinted files under /_astro/: the saved copy at once, refreshed behind it. */
  | "asset"
  /** Product and place photos: the saved copy if there is one, a capped number kept. */
  | "image"
  /** Left to the browser: no saved copy is read or written. */
  | "network";

export interface RequestFacts {
  url: string;
  method: string;
  /** `Request.mode`: "navigate" for a page the visitor opens. */
  mode: string;
  /** `Request.destination`: "document", "image", "script", "" for fetch() … */
  destination: string;
  /** Names of the request's headers, any case. */
  headerNames: readonly string[];
}

// Pages whose content belongs to one buyer or one moment: the checkout and the order lookup.
const PRIVATE_PAGES = ["/thanh-toan/", "/en/checkout/", "/don-hang/", "/en/orders/"];
const SECRET_HEADERS = new Set(["authorization", "cookie", "x-cart-token", "x-publishable-api-key"]);
const SECRET_PARAM = /token|key|secret|session|auth|code|password|signature/i;
const IMAGE_FILE = /\.(avif|webp|jpe?g|png|gif|svg)$/i;

function carriesSecret(facts: RequestFacts, url: URL): boolean {
  if (facts.headerNames.some((name) => SECRET_HEADERS.has(name.toLowerCase()))) return true;
  return [...url.searchParams.keys()].some((name) => SECRET_PARAM.test(name));
}

function isPrivatePage(pathname: string): boolean {
  return PRIVATE_PAGES.some((page) => pathname.startsWith(page));
}

/** The strategy for one request; `origin` is the storefront's own (the worker's) origin. */
export function strategyFor(facts: RequestFacts, origin: string): Strategy {
  let url: URL;
  try {
    url = new URL(facts.url);
  } catch {
    return "network";
  }
  if (facts.method !== "GET" || (url.protocol !== "https:" && url.protocol !== "http:")) return "network";
  if (carriesSecret(facts, url)) return "network";
  const sameOrigin = url.origin === origin;
  if (facts.destination === "image" || (sameOrigin && IMAGE_FILE.test(url.pathname))) {
    // A photo may come from the file store (another origin); one handed out with a query is
    // a signed or resized one-off, not worth keeping.
    return url.search === "" && IMAGE_FILE.test(url.pathname) ? "image" : "network";
  }
  if (!sameOrigin) return "network";
  if (url.pathname.startsWith("/_astro/")) return "asset";
  if (facts.mode === "navigate" || facts.destination === "document") {
    return isPrivatePage(url.pathname) ? "network" : "page";
  }
  return "network";
}

/** Pages are kept once per address: `/tim-kiem/?q=mat` and `/tim-kiem/` are the same file. */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The page to show for an address never saved: the English one under /en/. */
export function fallbackPath(url: string): string {
  const { pathname } = new URL(url);
  return pathname === "/en/" || pathname.startsWith("/en/") ? "/en/offline/" : "/offline/";
}
