import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { storeConfig } from "./storefront/integrations/store-config.ts";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  srcDir: "./storefront",
  outDir: process.env.STOREFRONT_OUT_DIR ?? "./dist",
  output: "static",
  trailingSlash: "always",
  site: "http://localhost:4321",
  // Pages are tiny; a separate CSS request costs a round trip on 3G, so inline it.
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  integrations: [storeConfig(repoRoot)],
  vite: {
    plugins: [tailwindcss()],
    resolve: { alias: { "@storefront": fileURLToPath(new URL("./storefront", import.meta.url)) } },
  },
});
