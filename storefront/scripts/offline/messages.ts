/** What a page tells the worker: "keep these addresses of mine" (itself and its scripts). */
export interface KeepMessage {
  type: "keep";
  urls: string[];
}

/** What the worker tells a page it answered from its store, as the page cannot tell by itself. */
export const SAVED_COPY = "saved-copy";

/** A page loads a dozen files at most; anything bigger is not from our pages. */
export const MAX_KEEP_URLS = 40;

export function isKeepMessage(data: unknown, origin: string): data is KeepMessage {
  if (typeof data !== "object" || data === null) return false;
  const { type, urls } = data as Partial<Record<keyof KeepMessage, unknown>>;
  return type === "keep" && Array.isArray(urls) && urls.length <= MAX_KEEP_URLS &&
    urls.every((url) => typeof url === "string" && sameOrigin(url, origin));
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
