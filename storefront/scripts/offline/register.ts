import { MAX_KEEP_URLS, SAVED_COPY, type KeepMessage } from "./messages.ts";

/**
 * On every page: says so when the phone has no connection, and registers the service worker
 * once the page has loaded, so nothing competes with the first paint.
 */
const notice = document.querySelector<HTMLElement>("[data-offline-notice]");
/** The worker answered with a saved copy although the phone believes it is online. */
let savedCopy = false;

function showConnection(): void {
  if (notice) notice.textContent = navigator.onLine && !savedCopy ? "" : (notice.dataset["text"] ?? "");
}

/** This page and the scripts it loaded, which did not pass through a worker that was not there yet. */
function pageFiles(): string[] {
  const scripts = performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(`${location.origin}/_astro/`));
  return [location.href, ...new Set(scripts)].slice(0, MAX_KEEP_URLS);
}

async function register(): Promise<void> {
  const uncontrolled = !navigator.serviceWorker.controller;
  await navigator.serviceWorker.register("/sw.js");
  const ready = await navigator.serviceWorker.ready;
  if (uncontrolled) ready.active?.postMessage({ type: "keep", urls: pageFiles() } satisfies KeepMessage);
}

showConnection();
addEventListener("online", () => {
  // A real return of the connection: what the page shows from now on comes from the network.
  savedCopy = false;
  showConnection();
});
addEventListener("offline", showConnection);
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<unknown>) => {
    if ((event.data as { type?: unknown } | null)?.type !== SAVED_COPY) return;
    savedCopy = true;
    showConnection();
  });
  navigator.serviceWorker.startMessages();
  // Without a worker (old browser, private mode) the site works as before, online only.
  const start = () => void register().catch(() => undefined);
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
