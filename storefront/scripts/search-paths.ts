import type { Locale } from "@storefront/lib/locale.ts";
import { pagePath } from "@storefront/lib/routes.ts";
import type { SearchHit } from "./search-api.ts";

/** The search page of each language (DESIGN.md, "Addresses people and tests rely on"). */
export function searchPath(locale: Locale): string {
  return locale === "vi" ? "/tim-kiem/" : "/en/search/";
}

/** Where a hit leads. */
export function hitPath(hit: SearchHit, locale: Locale): string {
  switch (hit.type) {
    case "producer":
      return pagePath("producer", locale, hit.handle);
    case "destination":
      return pagePath("destination", locale, hit.handle);
    case "experience":
      return pagePath("experience", locale, hit.handle);
    default:
      return pagePath("product", locale, hit.handle);
  }
}

/** The title in the page's language: English pages fall back to Vietnamese when a text has no twin. */
export function hitTitle(hit: SearchHit, locale: Locale): { html: string | null; text: string } {
  const english = locale === "en" && hit.title_en;
  const text = english ? (hit.title_en as string) : hit.title;
  const html = (english ? hit.highlights.title_en : hit.highlights.title)?.[0] ?? null;
  return { html, text };
}
