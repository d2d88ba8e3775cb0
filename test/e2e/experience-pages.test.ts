import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stack } from "./support/stack.ts";

/** Every experience of the seed catalog has a built page in both languages, with valid JSON-LD. */
const catalog = JSON.parse(readFileSync(join(process.cwd(), "content/catalog/experiences.json"), "utf8")) as {
  experiences: { handle: string; title: { vi: string; en: string }; price_vnd: number }[];
};

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? "") as Record<string, unknown>,
  );
}

describe("experience pages", () => {
  it("cover the 6 seeded experiences", () => {
    expect(catalog.experiences).toHaveLength(6);
  });

  it.each(catalog.experiences.flatMap((e) => [
    ["vi", `trai-nghiem/${e.handle}`, e.title.vi, e.price_vnd] as const,
    ["en", `en/experiences/${e.handle}`, e.title.en, e.price_vnd] as const,
  ]))("%s /%s/ is built with its title, the calendar and a Product offer", (_locale, path, title, price) => {
    const file = join(stack.outDir, path, "index.html");
    expect(existsSync(file), file).toBe(true);
    const html = readFileSync(file, "utf8");
    expect(html).toContain(`<h1 class="text-3xl">${title}</h1>`);
    expect(html).toContain("data-booking=");
    const product = jsonLdOf(html).find((data) => data["@type"] === "Product");
    expect(product).toMatchObject({ name: title, offers: { "@type": "Offer", price, priceCurrency: "VND" } });
  });

  it("are not built as goods under /san-pham/", () => {
    for (const experience of catalog.experiences) {
      expect(existsSync(join(stack.outDir, "san-pham", experience.handle, "index.html"))).toBe(false);
    }
  });
});
