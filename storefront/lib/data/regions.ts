import type { HttpTypes } from "@medusajs/types";
import { store } from "../store.ts";

let region: Promise<HttpTypes.StoreRegion> | undefined;

/** The single VND region ("Việt Nam") whose prices every page shows. */
export function getRegion(): Promise<HttpTypes.StoreRegion> {
  region ??= store
    .get<HttpTypes.StoreRegionListResponse>("/store/regions", { limit: 100 })
    .then(({ regions }) => {
      const vnd = regions.find((candidate) => candidate.currency_code.toLowerCase() === "vnd");
      if (vnd === undefined) {
        throw new Error(`The Store API has no region in VND (found: ${regions.map((r) => r.name).join(", ") || "none"}).`);
      }
      return vnd;
    });
  return region;
}
