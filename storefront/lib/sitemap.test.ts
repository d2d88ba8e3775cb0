import { describe, expect, it } from "vitest";
import { buildSitemap } from "./sitemap.ts";

describe("buildSitemap", () => {
  const xml = buildSitemap(
    [
      { vi: "/", en: "/en/" },
      { vi: "/san-pham/hat-de/", en: "/en/products/hat-de/" },
    ],
    "http://localhost:4321",
  );

  it("lists every page once per language", () => {
    expect(xml.match(/<loc>/g)).toHaveLength(4);
    expect(xml).toContain("<loc>http://localhost:4321/en/products/hat-de/</loc>");
  });

  it("names both languages as alternates of each page", () => {
    const entry = /<url><loc>http:\/\/localhost:4321\/san-pham\/hat-de\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? "";
    expect(entry).toContain('hreflang="vi" href="http://localhost:4321/san-pham/hat-de/"');
    expect(entry).toContain('hreflang="en" href="http://localhost:4321/en/products/hat-de/"');
  });

  it("escapes what XML cannot hold as it is", () => {
    expect(buildSitemap([{ vi: "/a&b/", en: "/en/a&b/" }], "http://x")).toContain("/a&amp;b/");
  });
});
