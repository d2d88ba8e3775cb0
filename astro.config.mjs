import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { serviceWorker } from "./storefront/integrations/service-worker.ts";
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
  // serviceWorker writes /sw.js (offline use) before _headers is written, so it gets its policy too.
  integrations: [storeConfig(repoRoot), serviceWorker(), securityHeaders()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay files under /_astro/ rather than being inlined into every page: the browser
    // keeps them, the service worker stores them, and script-src 'self' covers them unhashed.
    build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) },
    resolve: { alias: { "@storefront": fileURLToPath(new URL("./storefront", import.meta.url)) } },
  },
});
