import { z } from "zod";

/**
 * Cards per listing page. 24 fills every row of the grid at each width (2, 3 and 4
 * columns), and at 10,000 products a page of 24 stays near the weight of a product page
 * (the largest category page had been 1.5 MB of HTML with 1,916 cards).
 */
export const DEFAULT_PAGE_SIZE = 24;

const pageSizeSchema = z.coerce
  .number()
  .int("STOREFRONT_PAGE_SIZE must be a whole number of products")
  .min(1, "STOREFRONT_PAGE_SIZE must be at least 1")
  .max(200, "STOREFRONT_PAGE_SIZE must be at most 200");

/** The page size of this build: STOREFRONT_PAGE_SIZE (tests page the small seed catalog), else the default. */
export function pageSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.STOREFRONT_PAGE_SIZE;
  if (raw === undefined || raw.trim() === "") return DEFAULT_PAGE_SIZE;
  const parsed = pageSizeSchema.safeParse(raw);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

/** How many pages `total` items fill; an empty listing still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One listing page: its number (from 1), how many there are, and its items. */
export interface ListingPage<T> {
  number: number;
  count: number;
  total: number;
  items: T[];
}

/** Every page of a listing, in order; one empty page for an empty listing. */
export function paginate<T>(items: readonly T[], size: number): ListingPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    total: items.length,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * Newest first, by product id: Medusa's ids are `prod_` + a ULID, whose text sorts by the
 * moment it was made. The order needs nothing but the id, so a full build and a partial
 * build (which patches a snapshot) put the same products on the same page, and a seller's
 * new product lands on the first page.
 */
export function newestFirst<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Items grouped under each key they carry (a product under each of its categories), newest first. */
export function groupNewestFirst<T extends { id: string }>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  for (const group of groups.values()) group.sort(newestFirst);
  return groups;
}

export type PagerEntry = { kind: "page"; number: number; current: boolean } | { kind: "gap" };

/**
 * The page numbers a pager shows: the first, the last, and the current one with `around`
 * neighbours each side; a run of skipped pages becomes one gap ("…"), but a gap that would
 * hide a single page shows that page instead (a gap is no shorter than a number). A short
 * listing, no longer than the most entries that can show, shows every page.
 */
export function pagerEntries(current: number, count: number, around = 1): PagerEntry[] {
  const most = 2 * around + 5;
  const shown = new Set([1, count]);
  for (let number = current - around; number <= current + around; number++) {
    if (number >= 1 && number <= count) shown.add(number);
  }
  if (count <= most) for (let number = 1; number <= count; number++) shown.add(number);
  const numbers = [...shown].sort((a, b) => a - b);
  const entries: PagerEntry[] = [];
  let previous = 0;
  for (const number of numbers) {
    if (number - previous === 2) entries.push({ kind: "page", number: number - 1, current: number - 1 === current });
    else if (number - previous > 2) entries.push({ kind: "gap" });
    entries.push({ kind: "page", number, current: number === current });
    previous = number;
  }
  return entries;
}
