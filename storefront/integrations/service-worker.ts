import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { fileOf, SHELL_PAGES, shellAddresses } from "../scripts/offline/precache.ts";

const ENTRY = fileURLToPath(new URL("../scripts/offline/sw.ts", import.meta.url));

/**
 * Writes /sw.js after each build: the worker in storefront/scripts/offline, told which shell
 * files to store and a version drawn from their contents, so a new build replaces the shell
 * and an unchanged one costs a phone nothing.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: "cho-phien-service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const read = (file: string) => (existsSync(join(outDir, file)) ? readFileSync(join(outDir, file), "utf8") : null);
        const addresses = shellAddresses(SHELL_PAGES, read);
        const hash = createHash("sha256");
        for (const address of addresses) hash.update(address).update(read(fileOf(address)) ?? "");
        const version = hash.digest("hex").slice(0, 12);
        const result = await build({
          entryPoints: [ENTRY],
          bundle: true,
          minify: true,
          format: "iife",
          target: "es2020",
          write: false,
          define: { __SW_VERSION__: JSON.stringify(version), __SW_PRECACHE__: JSON.stringify(addresses) },
        });
        const code = result.outputFiles[0]?.contents;
        if (!code) throw new Error("esbuild produced no service worker");
        await writeFile(join(outDir, "sw.js"), code);
        logger.info(`sw.js written: ${addresses.length} shell files, version ${version}`);
      },
    },
  };
}
