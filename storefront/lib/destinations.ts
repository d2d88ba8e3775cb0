import type { Destination, Photo } from "./data/destinations.ts";
import type { Locale } from "./locale.ts";

export { getDestinations, type Destination } from "./data/destinations.ts";

export interface DestinationCardData {
  slug: string;
  title: string;
  summary: string;
  cover: Photo | null;
}

export function destinationCard(destination: Destination, locale: Locale): DestinationCardData {
  return {
    slug: destination.slug,
    title: destination.title[locale],
    summary: destination.summary[locale],
    cover: destination.cover,
  };
}

/** OpenStreetMap at the destination's coordinates: no key, no script, opens in any browser. */
export function mapUrl(latitude: number, longitude: number, zoom = 14): string {
  const lat = latitude.toFixed(5);
  const lng = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`;
}

/**
 * Share links that need no script on our page. Facebook's sharer takes the address;
 * Zalo's share plugin page (what its SDK button opens) takes it as `href`.
 */
export function shareLinks(pageUrl: string): { zalo: string; facebook: string } {
  const url = encodeURIComponent(pageUrl);
  return {
    zalo: `https://sp.zalo.me/plugins/share?dev=0&layout=1&color=blue&customize=false&href=${url}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
  };
}
