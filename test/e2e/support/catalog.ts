import { readFileSync } from "node:fs";
import { resolve } from "node:path";

interface SeedCatalog {
  products: { handle: string; title: { vi: string; en: string } }[];
}

interface SeedProducers {
  producers: { handle: string; name: string; phone: string; household_status: string }[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(process.cwd(), "content/catalog", file), "utf8")) as T;
}

/** The seed catalog, to know what the storefront should show and must not show. */
export const seed = {
  products: readJson<SeedCatalog>("products.json").products,
  producers: readJson<SeedProducers>("producers.json").producers,
};
