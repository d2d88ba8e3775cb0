/**
 * Which built files the service worker stores when it installs: the shell pages and every
 * script they load, followed through the imports between Astro's chunks. Pure: the build
 * hands in a reader of its output folder.
 */

/** Pages every visitor gets for offline use: home, cart and the "not saved" page, in vi and en. */
export const SHELL_PAGES = ["/", "/en/", "/gio-hang/", "/en/cart/", "/offline/", "/en/offline/"] as const;

/** `/_astro/…` files a page names in src= or href= (scripts, preloads, stylesheets, fonts). */
export function assetRefs(html: string): string[] {
  const refs = [...html.matchAll(/\b(?:src|href)="(\/_astro\/[^"?#]+)"/g)].map((match) => match[1] ?? "");
  return [...new Set(refs)];
}

/** The chunks one chunk imports, statically or not, as addresses under /_astro/. */
export function chunkImports(js: string, chunkPath: string): string[] {
  const dir = chunkPath.slice(0, chunkPath.lastIndexOf("/") + 1);
  const specifiers = [...js.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'](\.\.?\/[^"']+\.js)["']/g)].map((match) => match[1] ?? "");
  return [...new Set(specifiers.map((specifier) => new URL(specifier, `http://x${dir}`).pathname))];
}

/** Where an address lives in the output folder ("/en/cart/" → "en/cart/index.html"). */
export function fileOf(urlPath: string): string {
  const relative = urlPath.replace(/^\//, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/**
 * Every address to store: the pages that exist, then their files and the files those import.
 * `read` returns a built file's text, or null when the build has no such file.
 */
export function shellAddresses(pages: readonly string[], read: (file: string) => string | null): string[] {
  const found = new Set<string>();
  const queue: string[] = [];
  for (const page of pages) {
    const html = read(fileOf(page));
    if (html === null) continue;
    found.add(page);
    queue.push(...assetRefs(html));
  }
  while (queue.length > 0) {
    const asset = queue.shift() ?? "";
    if (found.has(asset)) continue;
    const text = read(fileOf(asset));
    if (text === null) continue;
    found.add(asset);
    if (asset.endsWith(".js")) queue.push(...chunkImports(text, asset));
  }
  return [...found];
}
