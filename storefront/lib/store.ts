import { createStoreClient, type StoreClient } from "./store-client.ts";
import type { StorefrontConfig } from "./config.ts";

// Filled in by the store-config integration, which validates the environment when the
// build starts, so a missing key stops the build before any page renders.
declare const __STOREFRONT_CONFIG__: StorefrontConfig;

export const store: StoreClient = createStoreClient(__STOREFRONT_CONFIG__);
