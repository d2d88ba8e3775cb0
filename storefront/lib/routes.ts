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

/** The listings that run over several pages, and the word before a later page's number. */
export type ListingKind = Extract<PageKind, "category" | "producer">;
const PAGE_SEGMENT = { vi: "trang", en: "page" } as const;

/** Where a listing's later pages live (`/danh-muc/nong-san/trang/`), one folder per listing. */
export function laterPagesFolder(kind: ListingKind, locale: Locale, handle: string): string {
  return `${pagePath(kind, locale, handle)}${PAGE_SEGMENT[locale]}/`;
}

/** Page `page` of a listing: the first keeps the listing's own address, so every link to it stays valid. */
export function listingPath(kind: ListingKind, locale: Locale, handle: string, page: number): string {
  return page <= 1 ? pagePath(kind, locale, handle) : `${laterPagesFolder(kind, locale, handle)}${page}/`;
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
