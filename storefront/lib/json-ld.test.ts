import { describe, expect, it } from "vitest";
import type { Destination } from "./data/destinations.ts";
import { jsonLdScript, largestJpeg, productJsonLd, touristAttractionJsonLd } from "./json-ld.ts";

const destination: Destination = {
  slug: "pac-bo",
  title: { vi: "Khu di tích Pác Bó", en: "Pác Bó relic site" },
  summary: { vi: "Suối Lênin", en: "Lenin stream" },
  bodyHtml: { vi: "<p>x</p>", en: null },
  howToGetThereHtml: { vi: "", en: null },
  area: "ha-quang",
  latitude: 22.95,
  longitude: 106.05,
  approximate: true,
  bestSeason: null,
  publishedAt: null,
  cover: {
    id: "a",
    width: 1600,
    height: 1200,
    placeholder: "",
    variants: [
      { format: "jpeg", width: 640, height: 480, url: "http://x/640.jpg" },
      { format: "jpeg", width: 1600, height: 1200, url: "http://x/1600.jpg" },
      { format: "avif", width: 1600, height: 1200, url: "http://x/1600.avif" },
    ],
  },
  gallery: [],
  productHandles: [],
  experienceHandles: [],
};

describe("touristAttractionJsonLd", () => {
  it("names the place in the page's language, with its coordinates and cover", () => {
    const data = touristAttractionJsonLd(destination, "en", "http://site/en/destinations/pac-bo/");
    expect(data).toMatchObject({
      "@type": "TouristAttraction",
      name: "Pác Bó relic site",
      geo: { latitude: 22.95, longitude: 106.05 },
      image: ["http://x/1600.jpg"],
    });
  });

  it("leaves out image when there is no photo", () => {
    expect(touristAttractionJsonLd({ ...destination, cover: null }, "vi", "u")).not.toHaveProperty("image");
  });
});

describe("largestJpeg", () => {
  it("prefers the widest JPEG over other formats", () => {
    expect(largestJpeg(destination.cover)).toBe("http://x/1600.jpg");
    expect(largestJpeg(null)).toBeNull();
  });
});

describe("productJsonLd", () => {
  const base = { name: "Hạt dẻ", description: "", url: "u", sellerName: "Hộ A", inStock: true };
  it.each([
    [{ lowestAmount: 180000, offerCount: 1 }, { "@type": "Offer", price: 180000, priceCurrency: "VND" }],
    [{ lowestAmount: 90000, offerCount: 3 }, { "@type": "AggregateOffer", lowPrice: 90000, offerCount: 3 }],
  ])("offers %o", (offer, expected) => {
    expect(productJsonLd({ ...base, ...offer }).offers).toMatchObject(expected);
  });
  it("has no offer without a price", () => {
    expect(productJsonLd({ ...base, lowestAmount: null, offerCount: 0 })).not.toHaveProperty("offers");
  });
});

describe("jsonLdScript", () => {
  it("cannot close its script element", () => {
    const text = jsonLdScript({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
