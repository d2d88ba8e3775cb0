import type { Photo, PhotoVariant } from "./destinations.ts";

const FORMATS = new Set(["avif", "webp", "jpeg"]);

function isVariant(value: unknown): value is PhotoVariant {
  const v = value as Partial<PhotoVariant> | null;
  return Boolean(v) && FORMATS.has(String(v?.format)) && Number.isInteger(v?.width) && Number.isInteger(v?.height)
    && typeof v?.url === "string" && v.url.length > 0;
}

/**
 * A product's photo as the seller API stores it in `metadata.photo` (every width and format
 * with its placeholder), or null when there is none or it is not whole: the page then shows
 * its drawn placeholder rather than a broken image.
 */
export function productPhoto(id: string, value: unknown): Photo | null {
  const raw = value as { width?: unknown; height?: unknown; placeholder?: unknown; variants?: unknown } | null;
  if (!raw || typeof raw !== "object") return null;
  const variants = Array.isArray(raw.variants) ? raw.variants.filter(isVariant) : [];
  if (!Number.isInteger(raw.width) || !Number.isInteger(raw.height) || variants.length === 0) return null;
  return {
    id,
    width: raw.width as number,
    height: raw.height as number,
    placeholder: typeof raw.placeholder === "string" ? raw.placeholder : "",
    variants,
  };
}
