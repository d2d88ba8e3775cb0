import type { Destination, Photo } from "./data/destinations.ts";
import type { Locale } from "./locale.ts";

type JsonLd = Record<string, unknown>;

/** The largest JPEG of a photo: the one every crawler and chat preview can read. */
export function largestJpeg(photo: Photo | null): string | null {
  const jpegs = (photo?.variants ?? []).filter((variant) => variant.format === "jpeg");
  return jpegs.sort((a, b) => b.width - a.width)[0]?.url ?? null;
}

/** schema.org TouristAttraction for a destination page. */
export function touristAttractionJsonLd(destination: Destination, locale: Locale, pageUrl: string): JsonLd {
  const images = [destination.cover, ...destination.gallery].flatMap((photo) => largestJpeg(photo) ?? []);
  return {
    "@context": "https://schema.org",
    "@type": "TouristAttraction",
    name: destination.title[locale],
    description: destination.summary[locale],
    url: pageUrl,
    inLanguage: locale,
    ...(images.length ? { image: images } : {}),
    geo: { "@type": "GeoCoordinates", latitude: destination.latitude, longitude: destination.longitude },
    address: { "@type": "PostalAddress", addressRegion: "Cao Bằng", addressCountry: "VN" },
    isAccessibleForFree: true,
  };
}

export interface ProductOffer {
  name: string;
  description: string;
  url: string;
  sellerName: string | null;
  /** Lowest price in đồng among variants with a price; null when none is for sale. */
  lowestAmount: number | null;
  inStock: boolean;
  offerCount: number;
}

/** schema.org Product with its offer (an AggregateOffer when there are several choices). */
export function productJsonLd(product: ProductOffer): JsonLd {
  const availability = product.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock";
  const offers =
    product.lowestAmount === null
      ? undefined
      : product.offerCount > 1
        ? { "@type": "AggregateOffer", priceCurrency: "VND", lowPrice: product.lowestAmount, offerCount: product.offerCount, availability }
        : { "@type": "Offer", priceCurrency: "VND", price: product.lowestAmount, availability, url: product.url };
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    url: product.url,
    ...(product.sellerName ? { brand: { "@type": "Brand", name: product.sellerName } } : {}),
    ...(offers ? { offers } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text a staff
 * member or seller typed can close the script element.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
