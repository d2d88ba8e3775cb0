export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === "vi" ? "en" : "vi";
}
