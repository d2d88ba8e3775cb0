import type { Locale } from "./locale.ts";

// Addresses are fixed by DESIGN.md ("Addresses people and tests rely on").
const SEGMENTS = {
  category: { vi: "danh-muc", en: "categories" },
  product: { vi: "san-pham", en: "products" },
  producer: { vi: "nguoi-ban", en: "producers" },
  destination: { vi: "diem-den", en: "destinations" },
  experience: { vi: "trai-nghiem", en: "experiences" },
} as const;

export type PageKind = keyof typeof SEGMENTS;

export function homePath(locale: Locale): string {
  return locale === "vi" ? "/" : "/en/";
}

export function pagePath(kind: PageKind, locale: Locale, handle: string): string {
  return `${homePath(locale)}${SEGMENTS[kind][locale]}/${encodeURIComponent(handle)}/`;
}

// The buyer's pages, one per language, with no handle (DESIGN.md's address table).
const BUYER_PAGES = {
  cart: { vi: "/gio-hang/", en: "/en/cart/" },
  checkout: { vi: "/thanh-toan/", en: "/en/checkout/" },
  orders: { vi: "/don-hang/", en: "/en/orders/" },
} as const;

export type BuyerPage = keyof typeof BUYER_PAGES;

export function buyerPath(kind: BuyerPage, locale: Locale): string {
  return BUYER_PAGES[kind][locale];
}
