import path from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig, type Plugin } from "vitest/config"

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * `@/` means commerce/src in the backend (commerce/tsconfig.json) and storefront/ in the
 * Astro app (astro.config.mjs); tests import from both, so the importer decides.
 */
function atAlias(): Plugin {
  return {
    name: "cho-phien-at-alias",
    enforce: "pre",
    resolveId(source, importer) {
      if (!source.startsWith("@/")) return null
      const inStorefront = importer?.startsWith(path.join(root, "storefront") + path.sep) ?? false
      const base = inStorefront ? path.join(root, "storefront") : path.join(root, "commerce/src")
      return this.resolve(path.join(base, source.slice(2)), importer, { skipSelf: true })
    },
  }
}

/**
 * Three projects, run by scripts/test/main.ts in this order: unit (no services), then
 * integration and e2e against a stack the runner starts (real PostgreSQL, real Chromium).
 * `globals: true` because @medusajs/test-utils' runners call describe/beforeAll themselves;
 * forks because Medusa's module loader and ts-node registration do not survive threads.
 */
export default defineConfig({
  plugins: [atAlias()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          globals: true,
          include: [
            "test/unit/**/*.test.ts",
            // Pure-function tests kept beside the code or fixtures they test.
            "test/**/*.unit.test.ts",
            "commerce/src/**/*.unit.test.ts",
            "storefront/**/*.test.ts",
          ],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          globals: true,
          include: ["test/integration/**/*.test.ts"],
          // Lets @medusajs/test-utils boot the app from the TypeScript sources (see the file).
          setupFiles: ["test/support/medusa-runtime.ts"],
          pool: "forks",
          // Each file may boot a whole Medusa app; two at a time is what a 2-core machine bears.
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          globals: true,
          include: ["test/e2e/**/*.test.ts"],
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:chaos` (scripts/test/chaos.ts): each file starts its own servers on
          // the chaos ports, so files run one at a time.
          name: "chaos",
          globals: true,
          include: ["test/chaos/**/*.test.ts"],
          setupFiles: ["test/chaos/support/env.ts"],
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 300_000,
          // The first file's start migrates and seeds a fresh data folder: ~3 min on a quiet
          // machine, 8 when the machine is busy (seen in a CI run beside a benchmark).
          hookTimeout: 900_000,
        },
      },
    ],
  },
})
