/**
 * What changed in the catalog since the last storefront build: either a known set of
 * products (empty for a destination page, which only the always-built pages show), or
 * "everything" (a category, a lost notification, anything the subscriber could not name
 * products for). Only the first kind can be built incrementally.
 */
export type CatalogChanges = { kind: "all" } | { kind: "products"; ids: ReadonlySet<string> }

export const ALL_CHANGED: CatalogChanges = { kind: "all" }

/** Products per build past which a full build is cheaper than page-by-page bookkeeping. */
export const INCREMENTAL_LIMIT = 50

/** Reads one NOTIFY payload of commerce/src/subscribers/storefront-rebuild.ts; anything else means "everything". */
export function parseCatalogChange(payload: string | undefined): CatalogChanges {
  if (!payload?.startsWith("{")) return ALL_CHANGED
  try {
    const parsed: unknown = JSON.parse(payload)
    const products = (parsed as { products?: unknown }).products
    if (!Array.isArray(products)) return ALL_CHANGED
    if (!products.every((id) => typeof id === "string" && /^[\w-]{1,100}$/.test(id))) return ALL_CHANGED
    return { kind: "products", ids: new Set(products as string[]) }
  } catch {
    return ALL_CHANGED
  }
}

export function mergeChanges(a: CatalogChanges | undefined, b: CatalogChanges): CatalogChanges {
  if (a === undefined) return b
  if (a.kind === "all" || b.kind === "all") return ALL_CHANGED
  return { kind: "products", ids: new Set([...a.ids, ...b.ids]) }
}

export type BuildPlan = { kind: "full"; reason: string } | { kind: "incremental"; productIds: string[] }

/**
 * Whether the next build may reuse the live one: only when the change is a short list of
 * products and the live build left the data it was made from (its catalog snapshot).
 */
export function planBuild(changes: CatalogChanges | undefined, live: { site: boolean; snapshot: boolean }, limit = INCREMENTAL_LIMIT): BuildPlan {
  if (changes === undefined) return { kind: "full", reason: "no change list (a first or requested build)" }
  if (changes.kind === "all") return { kind: "full", reason: "the change is not a known list of products" }
  if (!live.site) return { kind: "full", reason: "there is no live build to start from" }
  if (!live.snapshot) return { kind: "full", reason: "the live build has no catalog snapshot" }
  if (changes.ids.size > limit) return { kind: "full", reason: `${changes.ids.size} products changed (more than ${limit})` }
  return { kind: "incremental", productIds: [...changes.ids].sort() }
}
