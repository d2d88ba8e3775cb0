import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { storeConfig } from "./storefront/integrations/store-config.ts";
import { securityHeaders } from "./scripts/serve/astro-security-headers.ts";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  srcDir: "./storefront",
  outDir: process.env.STOREFRONT_OUT_DIR ?? "./dist",
  // Each stack (npm start, npm test, bench) keeps its own cache, so two stacks rebuilding
  // at the same moment never write the same content-layer store.
  cacheDir: process.env.STOREFRONT_CACHE_DIR ?? "./node_modules/.astro",
  output: "static",
  trailingSlash: "always",
  site: "http://localhost:4321",
  // Pages are tiny; a separate CSS request costs a round trip on 3G, so inline it.
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  // securityHeaders writes _headers (CSP with the hashes of inline styles) after each build.
  integrations: [storeConfig(repoRoot), securityHeaders()],
  vite: {
    plugins: [tailwindcss()],
    resolve: { alias: { "@storefront": fileURLToPath(new URL("./storefront", import.meta.url)) } },
  },
});
