import type { AstroIntegration } from "astro";
import { loadStorefrontConfig } from "../lib/config.ts";

/** Validates the Store API settings when a build or dev server starts (not for preview). */
export function storeConfig(repoRoot: string): AstroIntegration {
  return {
    name: "cho-phien-store-config",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build" && command !== "dev") return;
        const config = loadStorefrontConfig(process.env, repoRoot);
        updateConfig({ vite: { define: { __STOREFRONT_CONFIG__: JSON.stringify(config) } } });
      },
    },
  };
}
