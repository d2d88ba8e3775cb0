import { fetchAllPages } from "@storefront/lib/store-client.ts";
import { store } from "@storefront/lib/store.ts";

let names: Promise<Record<string, string>> | undefined;

/**
 * Area handle → name, for the area facet's labels. Read from the producers (who live in
 * the areas) rather than from hits, so an area shows its name even with no hit on screen.
 */
export function getAreaNames(): Promise<Record<string, string>> {
  names ??= fetchAllPages(async (offset, limit) => {
    const page = await store.get<{ producers: { area: string; area_name: string }[]; count: number }>(
      "/store/producers",
      { limit, offset },
    );
    return { items: page.producers, count: page.count };
  }).then((producers) => Object.fromEntries(producers.map((producer) => [producer.area, producer.area_name])));
  return names;
}
