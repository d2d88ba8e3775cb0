import type { HttpTypes } from "@medusajs/types";
import type { Locale } from "../locale.ts";
import { store } from "../store.ts";
import { storeLocale } from "./store-locale.ts";

export type ExperienceUnit = "night" | "session" | "guest";

export interface Experience {
  handle: string;
  title: string;
  description: string;
  unit: ExperienceUnit;
  /** Integer đồng per guest (per guest and night for a stay). */
  priceVnd: number;
  capacityPerDate: number;
  noteVi: string;
  /** Days ahead a booking must be made; cancellation is free until `cancelDays` before. */
  cutoffDays: number;
  cancelDays: number;
  producer: { handle: string; name: string } | null;
  destinations: string[];
}

type StoreExperience = Omit<Experience, "title" | "description" | "priceVnd" | "capacityPerDate" | "noteVi" | "cutoffDays" | "cancelDays"> & {
  price_vnd: number;
  capacity_per_date: number;
  note_vi: string;
  cutoff_days: number;
  cancel_days: number;
};

const cache = new Map<Locale, Promise<Experience[]>>();

/**
 * Every published experience (GET /store/experiences, commerce/src/api/store/experiences),
 * with its title and description in the page's language from the product itself. Dates and
 * places are not built in: the page's calendar asks for them when it opens.
 */
export function getExperiences(locale: Locale): Promise<Experience[]> {
  let experiences = cache.get(locale);
  if (experiences === undefined) {
    experiences = store.get<{ experiences: StoreExperience[] }>("/store/experiences").then(({ experiences: list }) =>
      Promise.all(list.map((raw) => withText(raw, locale))),
    );
    cache.set(locale, experiences);
  }
  return experiences;
}

async function withText(raw: StoreExperience, locale: Locale): Promise<Experience> {
  const { products } = await store.get<HttpTypes.StoreProductListResponse>("/store/products", {
    handle: raw.handle,
    fields: "handle,title,description",
    limit: 1,
    locale: storeLocale(locale),
  });
  const product = products[0];
  return {
    handle: raw.handle,
    title: product?.title ?? raw.handle,
    description: product?.description ?? "",
    unit: raw.unit,
    priceVnd: raw.price_vnd,
    capacityPerDate: raw.capacity_per_date,
    noteVi: raw.note_vi,
    cutoffDays: raw.cutoff_days,
    cancelDays: raw.cancel_days,
    producer: raw.producer,
    destinations: raw.destinations,
  };
}

/** The same Vietnamese and English handles for the page twins. */
export async function experiencePaths(locale: Locale) {
  const experiences = await getExperiences(locale);
  return experiences.map((experience) => ({ params: { handle: experience.handle }, props: { experience } }));
}
