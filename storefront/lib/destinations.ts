import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "./locale.ts";

export type DestinationEntry = CollectionEntry<"destinations">;

export interface DestinationCardData {
  slug: string;
  title: string;
  summary: string;
}

export async function getDestinations(): Promise<DestinationEntry[]> {
  const entries = await getCollection("destinations");
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, "vi"));
}

export function destinationCard(entry: DestinationEntry, locale: Locale): DestinationCardData {
  return {
    slug: entry.id,
    title: locale === "vi" ? entry.data.title : entry.data.title_en,
    summary: locale === "vi" ? entry.data.summary : entry.data.summary_en,
  };
}
