/**
 * The worker's caches. The shell is rebuilt with each storefront build (its name carries the
 * build's version); pages, files and photos the visitor opened outlive builds, so a new
 * catalog does not wipe what a buyer saved, and are capped so a cheap phone's storage holds.
 */
export const CACHE_PREFIX = "cho-phien-";

export interface CacheNames {
  shell: string;
  page: string;
  asset: string;
  image: string;
}

/** `v1` changes only when what the worker stores changes shape. */
export function cacheNames(version: string): CacheNames {
  return {
    shell: `${CACHE_PREFIX}shell-${version}`,
    page: `${CACHE_PREFIX}pages-v1`,
    asset: `${CACHE_PREFIX}assets-v1`,
    image: `${CACHE_PREFIX}images-v1`,
  };
}

/** How many entries each growing cache keeps: pages ≈ 15 KB, scripts ≈ 2 KB, photos ≈ 40 KB. */
export const LIMITS = { page: 60, asset: 150, image: 80 } as const;

/** Our caches that the current worker no longer uses; other sites' caches are not ours to touch. */
export function staleCaches(existing: readonly string[], current: CacheNames): string[] {
  const keep = new Set(Object.values(current));
  return existing.filter((name) => name.startsWith(CACHE_PREFIX) && !keep.has(name));
}

/** The oldest entries past the cap; caches list their keys in the order they were stored. */
export function overCap<T>(keys: readonly T[], cap: number): T[] {
  return keys.length > cap ? keys.slice(0, keys.length - cap) : [];
}
