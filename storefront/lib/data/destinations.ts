import { renderMarkdown } from "../../../commerce/src/lib/markdown/render-markdown.ts";
import { fetchAllPages } from "../store-client.ts";
import { store } from "../store.ts";

export interface PhotoVariant {
  format: "avif" | "webp" | "jpeg";
  width: number;
  height: number;
  url: string;
}

export interface Photo {
  id: string;
  width: number;
  height: number;
  placeholder: string;
  variants: PhotoVariant[];
}

/** A destination as the Store API serves it (public fields only). */
export interface StoreDestination {
  slug: string;
  title: string;
  title_en: string;
  summary: string;
  summary_en: string;
  body: string;
  body_en: string | null;
  area: string;
  latitude: number;
  longitude: number;
  coordinates_approximate: boolean;
  best_season: string | null;
  how_to_get_there: string | null;
  how_to_get_there_en: string | null;
  cover: Photo | null;
  gallery: { items?: Photo[] } | null;
  published_at: string | null;
  product_handles?: string[];
  experience_handles?: string[];
}

type Text = { vi: string; en: string };
type Html = { vi: string; en: string | null };

/** What destination pages show; Markdown is already rendered and sanitised here. */
export interface Destination {
  slug: string;
  title: Text;
  summary: Text;
  bodyHtml: Html;
  howToGetThereHtml: Html;
  area: string;
  latitude: number;
  longitude: number;
  approximate: boolean;
  bestSeason: string | null;
  publishedAt: string | null;
  cover: Photo | null;
  gallery: Photo[];
  productHandles: string[];
  experienceHandles: string[];
}

function photo(raw: Photo | null | undefined): Photo | null {
  if (!raw || !Array.isArray(raw.variants) || raw.variants.length === 0) return null;
  // Field by field: the stored photo also keeps its file keys, which pages do not need.
  return {
    id: raw.id,
    width: raw.width,
    height: raw.height,
    placeholder: raw.placeholder,
    variants: raw.variants.map(({ format, width, height, url }) => ({ format, width, height, url })),
  };
}

const markdownOrNull = (text: string | null | undefined) => (text && text.trim() ? renderMarkdown(text) : null);

export function toDestination(raw: StoreDestination): Destination {
  return {
    slug: raw.slug,
    title: { vi: raw.title, en: raw.title_en },
    summary: { vi: raw.summary, en: raw.summary_en },
    bodyHtml: { vi: renderMarkdown(raw.body), en: markdownOrNull(raw.body_en) },
    howToGetThereHtml: {
      vi: markdownOrNull(raw.how_to_get_there) ?? "",
      en: markdownOrNull(raw.how_to_get_there_en),
    },
    area: raw.area,
    latitude: raw.latitude,
    longitude: raw.longitude,
    approximate: raw.coordinates_approximate,
    bestSeason: raw.best_season,
    publishedAt: raw.published_at,
    cover: photo(raw.cover),
    gallery: (raw.gallery?.items ?? []).flatMap((item) => photo(item) ?? []),
    productHandles: raw.product_handles ?? [],
    experienceHandles: raw.experience_handles ?? [],
  };
}

let destinations: Promise<Destination[]> | undefined;

/** Every published destination with its linked products, read once per build, by title. */
export function getDestinations(): Promise<Destination[]> {
  destinations ??= fetchAllPages(async (offset, limit) => {
    const page = await store.get<{ destinations: { slug: string }[]; count: number }>("/store/destinations", { limit, offset });
    return { items: page.destinations, count: page.count };
  })
    .then((list) =>
      Promise.all(
        list.map(({ slug }) =>
          store.get<{ destination: StoreDestination }>(`/store/destinations/${encodeURIComponent(slug)}`),
        ),
      ),
    )
    .then((details) =>
      details.map(({ destination }) => toDestination(destination)).sort((a, b) => a.title.vi.localeCompare(b.title.vi, "vi")),
    );
  return destinations;
}
