/// <reference lib="webworker" />
/**
 * The storefront's service worker, bundled to /sw.js at build time (see
 * storefront/integrations/service-worker.ts). It keeps the shell and the pages a visitor
 * opened so they open again without a signal; cart, seller, order and payment requests go
 * to the network untouched (cache-policy.ts).
 */
import { cacheNames, LIMITS, overCap, staleCaches } from "./caches.ts";
import { fallbackPath, pageKey, strategyFor, type RequestFacts } from "./cache-policy.ts";
import { isKeepMessage, SAVED_COPY } from "./messages.ts";

declare const self: ServiceWorkerGlobalScope;
// Put in by the build: a hash of the shell's files, and the shell's addresses.
declare const __SW_VERSION__: string;
declare const __SW_PRECACHE__: string[];

const names = cacheNames(__SW_VERSION__);
// Long enough for a page over mountain 3G when the signal is there, short enough that a
// buyer on one bar does not stare at a blank screen when a saved copy exists.
const NETWORK_TIMEOUT_MS = 3500;

function factsOf(request: Request): RequestFacts {
  return {
    url: request.url,
    method: request.method,
    mode: request.mode,
    destination: request.destination,
    headerNames: [...request.headers.keys()],
  };
}

async function trim(cacheName: string, cap: number): Promise<void> {
  const cache = await caches.open(cacheName);
  await Promise.all(overCap(await cache.keys(), cap).map((key) => cache.delete(key)));
}

/** Stores a copy when it is a whole, plain answer (no error page, no redirect to replay). */
async function store(cacheName: string, cap: number, key: string | Request, response: Response): Promise<void> {
  const whole = (response.ok && !response.redirected) || response.type === "opaque";
  if (!whole) return;
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  await trim(cacheName, cap);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The answer the browser already asked for (navigation preload), or a fresh request. */
async function fromNetwork(event: FetchEvent): Promise<Response> {
  return ((await event.preloadResponse) as Response | undefined) ?? fetch(event.request);
}

async function page(event: FetchEvent): Promise<Response> {
  const key = pageKey(event.request.url);
  const fetched = fromNetwork(event);
  // Copied before the browser reads the body; kept alive past the answer by waitUntil.
  event.waitUntil(fetched.then((response) => store(names.page, LIMITS.page, key, response.clone())).catch(() => undefined));
  const network = fetched.catch(() => null);
  // A server in trouble (5xx) loses to a saved copy, but is still better than nothing.
  const usable = network.then((response) => (response && response.status < 500 ? response : null));
  const first = await Promise.race([usable, delay(NETWORK_TIMEOUT_MS).then(() => "slow" as const)]);
  if (first instanceof Response) return first;
  const saved = await caches.match(key);
  if (saved) {
    tellSavedCopy(event);
    return saved;
  }
  // Nothing saved: a slow answer is still worth waiting for.
  return (await usable) ?? (await network) ?? fallback(event.request.url);
}

/**
 * The phone may think it is online (bars, but no data): the page is told it shows a saved
 * copy, so it can say so. The page does not exist yet when its answer leaves, hence the wait.
 */
function tellSavedCopy(event: FetchEvent): void {
  event.waitUntil(
    (async () => {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const client = await self.clients.get(event.resultingClientId);
        if (client) return client.postMessage({ type: SAVED_COPY });
        await delay(100);
      }
    })(),
  );
}

async function fallback(url: string): Promise<Response> {
  return (await caches.match(new URL(fallbackPath(url), self.location.origin).href)) ?? Response.error();
}

async function asset(event: FetchEvent): Promise<Response> {
  const saved = await caches.match(event.request);
  const fresh = fetch(event.request).then(async (response) => {
    await store(names.asset, LIMITS.asset, event.request, response.clone());
    return response;
  });
  if (saved) {
    event.waitUntil(fresh.catch(() => undefined));
    return saved;
  }
  return fresh;
}

async function image(event: FetchEvent): Promise<Response> {
  const saved = await caches.match(event.request);
  if (saved) return saved;
  const response = await fetch(event.request);
  event.waitUntil(store(names.image, LIMITS.image, event.request, response.clone()));
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(names.shell);
      await shell.addAll(__SW_PRECACHE__);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), names).map((name) => caches.delete(name)));
      // Lets the page request start while the worker wakes up, which a slow phone feels.
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const strategy = strategyFor(factsOf(event.request), self.location.origin);
  if (strategy === "page") event.respondWith(page(event));
  else if (strategy === "asset") event.respondWith(asset(event));
  else if (strategy === "image") event.respondWith(image(event));
  // Checkout and order pages are never kept; without a connection they get the "not saved" page.
  else if (event.request.mode === "navigate") event.respondWith(fromNetwork(event).catch(() => fallback(event.request.url)));
});

/**
 * The first page a visitor opens loads before the worker runs, so the page names itself and
 * the files it loaded; each is kept under the same rules as if it had passed through here.
 */
async function keepOne(url: string): Promise<void> {
  const isAsset = new URL(url).pathname.startsWith("/_astro/");
  const facts: RequestFacts = { url, method: "GET", mode: isAsset ? "cors" : "navigate", destination: isAsset ? "script" : "document", headerNames: [] };
  const strategy = strategyFor(facts, self.location.origin);
  if (strategy === "asset" && !(await caches.match(url))) {
    const response = await fetch(url);
    await store(names.asset, LIMITS.asset, url, response);
  } else if (strategy === "page") {
    const response = await fetch(url);
    await store(names.page, LIMITS.page, pageKey(url), response);
  }
}

self.addEventListener("message", (event) => {
  if (isKeepMessage(event.data, self.location.origin)) {
    event.waitUntil(Promise.allSettled(event.data.urls.map(keepOne)));
  }
});
