import { ChildGroup } from "../process/child.ts"
import { buildStorefront } from "./build.ts"
import type { CatalogChanges } from "./catalog-changes.ts"

/**
 * Builds the storefront of a running stack once, outside `npm start`:
 *   MEDUSA_URL=… MEDUSA_PUBLISHABLE_KEY=… node scripts/lib/storefront/build-main.ts <outDir> [changed product ids, comma-separated]
 * Without ids it is a full build; with them, a partial one from the live build in <outDir>.
 * The browser tests build a paged copy of the seed site with it (STOREFRONT_PAGE_SIZE) in a
 * child process, which keeps the build scripts out of their stricter type check.
 * Prints the outcome as one line of JSON.
 */
const [outDir, changed] = process.argv.slice(2)
if (!outDir || !process.env.MEDUSA_URL) {
  process.stderr.write("usage: MEDUSA_URL=… MEDUSA_PUBLISHABLE_KEY=… node scripts/lib/storefront/build-main.ts <outDir> [id,id…]\n")
  process.exit(2)
}
const changes: CatalogChanges | undefined = changed === undefined ? undefined : { kind: "products", ids: new Set(changed.split(",").filter(Boolean)) }
const group = new ChildGroup()
try {
  const outcome = await buildStorefront({
    medusaUrl: process.env.MEDUSA_URL,
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
    outDir,
    group,
    ...(changes ? { changes } : {}),
  })
  process.stdout.write(`${JSON.stringify(outcome)}\n`)
} finally {
  await group.stopAll()
}
