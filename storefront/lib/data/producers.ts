import { fetchAllPages } from "../store-client.ts";
import { store } from "../store.ts";

/** A producer's public fields, as the Store API serves them. */
export interface StoreProducer {
  id: string;
  handle: string;
  name: string;
  area: string;
  area_name: string;
  // Absent (not only null) where the API embeds a producer in a product.
  ethnicity?: string | null;
  story_vi?: string | null;
  story_en?: string | null;
  verification_status: string;
  helper_team?: { handle: string; name: string } | null;
}

/**
 * What pages may show. Built field by field so that anything else the API might
 * one day return (a household's status, a phone number) can never reach a page.
 */
export interface Producer {
  handle: string;
  name: string;
  areaName: string;
  ethnicity: string | null;
  story: { vi: string | null; en: string | null };
  verified: boolean;
}

export function toProducer(raw: StoreProducer): Producer {
  return {
    handle: raw.handle,
    name: raw.name,
    areaName: raw.area_name,
    ethnicity: raw.ethnicity ?? null,
    story: { vi: raw.story_vi ?? null, en: raw.story_en ?? null },
    verified: raw.verification_status === "verified",
  };
}

let producers: Promise<Producer[]> | undefined;

export function getProducers(): Promise<Producer[]> {
  producers ??= fetchAllPages(async (offset, limit) => {
    const page = await store.get<{ producers: StoreProducer[]; count: number }>(
      "/store/producers",
      { limit, offset },
    );
    return { items: page.producers, count: page.count };
  }).then((all) => all.map(toProducer));
  return producers;
}
