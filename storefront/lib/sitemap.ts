/** One page in both languages (paths from routes.ts). */
export interface PagePair {
  vi: string;
  en: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * sitemap.xml with each page listed once per language and both languages named as
 * alternates of each other (Google's hreflang-in-sitemap form). @astrojs/sitemap pairs
 * languages by path prefix only, and ours differ in the words too (/san-pham/ ↔
 * /en/products/), so the pairs come from our own routes.
 */
export function buildSitemap(pages: PagePair[], site: string): string {
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const urls = pages.flatMap((pair) => {
    const alternates = [
      `<xhtml:link rel="alternate" hreflang="vi" href="${absolute(pair.vi)}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${absolute(pair.en)}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(pair.vi)}"/>`,
    ].join("");
    return [pair.vi, pair.en].map((path) => `<url><loc>${absolute(path)}</loc>${alternates}</url>`);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
