import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { stack } from "./support/stack.ts";

const seededSlugs = readdirSync(join(process.cwd(), "content/destinations"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => basename(name, ".md"));

const seededExperiences = (
  JSON.parse(readFileSync(join(process.cwd(), "content/catalog/experiences.json"), "utf8")) as {
    experiences: { handle: string; destination: string }[];
  }
).experiences;

/** Every JSON-LD block of a built page, parsed (a syntax error fails the test). */
function jsonLd(file: string): Record<string, unknown>[] {
  const html = readFileSync(file, "utf8");
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? "") as Record<string, unknown>,
  );
}

describe("seeded destination pages in the built storefront", () => {
  it("has the seed's destinations to check", () => {
    expect(seededSlugs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(seededSlugs.flatMap((slug) => [
    [slug, "vi", `diem-den/${slug}/index.html`],
    [slug, "en", `en/destinations/${slug}/index.html`],
  ]))("builds %s in %s with a TouristAttraction", (_slug, lang, path) => {
    const file = join(stack.outDir, path);
    expect(existsSync(file), `${file} was not built`).toBe(true);
    const blocks = jsonLd(file);
    const place = blocks.find((block) => block["@type"] === "TouristAttraction");
    expect(place).toMatchObject({
      "@context": "https://schema.org",
      inLanguage: lang,
      name: expect.any(String),
      geo: { "@type": "GeoCoordinates", latitude: expect.any(Number), longitude: expect.any(Number) },
    });
    expect(readFileSync(file, "utf8")).toMatch(/<meta property="og:title" content="[^"]+">/);
  });

  it.each([["vi", "diem-den/index.html"], ["en", "en/destinations/index.html"]])(
    "lists every seeded destination on the %s index",
    (lang, path) => {
      const html = readFileSync(join(stack.outDir, path), "utf8");
      const prefix = lang === "vi" ? "/diem-den/" : "/en/destinations/";
      for (const slug of seededSlugs) expect(html).toContain(`href="${prefix}${slug}/"`);
    },
  );

  it.each(seededExperiences.map((experience) => [experience.destination, experience.handle]))(
    "links %s to its experience %s in both languages",
    (slug, handle) => {
      expect(readFileSync(join(stack.outDir, `diem-den/${slug}/index.html`), "utf8")).toContain(`href="/trai-nghiem/${handle}/"`);
      expect(readFileSync(join(stack.outDir, `en/destinations/${slug}/index.html`), "utf8")).toContain(
        `href="/en/experiences/${handle}/"`,
      );
    },
  );

  it("gives product pages a Product with an offer in đồng", () => {
    const blocks = jsonLd(join(stack.outDir, "san-pham/hat-de-trung-khanh/index.html"));
    const product = blocks.find((block) => block["@type"] === "Product") as { offers?: Record<string, unknown> } | undefined;
    expect(product?.offers).toMatchObject({ priceCurrency: "VND" });
  });

  it("names each destination's twin in the sitemap", () => {
    const sitemap = readFileSync(join(stack.outDir, "sitemap.xml"), "utf8");
    for (const slug of seededSlugs) {
      expect(sitemap).toContain(`hreflang="en" href="${new URL(`/en/destinations/${slug}/`, "http://localhost:4321").href}"`);
    }
  });
});
