import type { Locale } from "../locale.ts";

/** Medusa's Translation Module serves English for en-US; no locale means Vietnamese. */
export function storeLocale(locale: Locale): string | undefined {
  return locale === "en" ? "en-US" : undefined;
}
