import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Locale } from "../locale.ts";
import type { Product } from "./products.ts";

/**
 * A build of only the pages a few changed products show (scripts/lib/storefront/build.ts
 * copies every other page from the live build). The builder names the products in
 * STOREFRONT_ONLY together with the catalog snapshot the live build was made from; this
 * build reads that snapshot instead of the whole catalog, fetches only the named products,
 * and writes its own snapshot (STOREFRONT_SNAPSHOT_OUT) for the next one.
 */
const onlySchema = z
  .object({
    base: z.string().min(1),
    // Empty when only pages every build renders changed (a destination page).
    products: z.array(z.string().regex(/^[\w-]{1,100}$/)).max(1000),
  })
  .strict();

export type BuildScope = { kind: "full" } | { kind: "partial"; base: string; productIds: string[] };

export function readBuildScope(env: NodeJS.ProcessEnv = process.env): BuildScope {
  const raw = env.STOREFRONT_ONLY;
  if (!raw) return { kind: "full" };
  const parsed = onlySchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`STOREFRONT_ONLY is not valid: ${z.prettifyError(parsed.error)}`);
  return { kind: "partial", base: parsed.data.base, productIds: parsed.data.products };
}

/** Pages by handle that a partial build writes, and product pages it must take away. */
export interface PagesTouched {
  products: string[];
  categories: string[];
  producers: string[];
  removedProducts: string[];
}

/**
 * The catalog after the change: each changed product replaced where it stood (so listings
 * keep their order), dropped when the API no longer serves it, added at the end when new.
 */
export function patchProducts(base: Product[], changedIds: readonly string[], fresh: Product[]): Product[] {
  const changed = new Set(changedIds);
  const freshById = new Map(fresh.map((product) => [product.id, product]));
  const patched = base.flatMap((product) => {
    if (!changed.has(product.id)) return [product];
    const now = freshById.get(product.id);
    freshById.delete(product.id);
    return now ? [now] : [];
  });
  return [...patched, ...freshById.values()];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Every page that shows a changed product, before or after the change: its own page, the
 * categories and the household it was and is listed under. A product that is gone, or whose
 * handle changed, leaves its old page to be removed.
 */
export function pagesTouched(base: Product[], changedIds: readonly string[], fresh: Product[]): PagesTouched {
  const changed = new Set(changedIds);
  const before = base.filter((product) => changed.has(product.id));
  const after = fresh.filter((product) => changed.has(product.id));
  const both = [...before, ...after];
  const liveHandles = new Set(after.map((product) => product.handle));
  return {
    products: sorted(after.map((product) => product.handle)),
    categories: sorted(both.flatMap((product) => product.categoryHandles)),
    producers: sorted(both.flatMap((product) => (product.producer ? [product.producer.handle] : []))),
    removedProducts: sorted(before.map((product) => product.handle).filter((handle) => !liveHandles.has(handle))),
  };
}

const snapshotFile = (dir: string, locale: Locale) => join(dir, `products-${locale}.json`);
const touchedFile = (dir: string, locale: Locale) => join(dir, `pages-${locale}.json`);

const touched = new Map<Locale, PagesTouched>();

/**
 * The products of this build: the whole catalog, or the live build's snapshot with the
 * changed products fetched again. Either way it is saved for the next partial build.
 */
export async function loadProducts(
  locale: Locale,
  fetchers: { all: () => Promise<Product[]>; byIds: (ids: string[]) => Promise<Product[]> },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Product[]> {
  const scope = readBuildScope(env);
  let products: Product[];
  if (scope.kind === "full") {
    products = await fetchers.all();
  } else {
    const file = snapshotFile(scope.base, locale);
    if (!existsSync(file)) throw new Error(`The live build's catalog snapshot ${file} is missing; build the whole site.`);
    const base = JSON.parse(readFileSync(file, "utf8")) as Product[];
    const fresh = await fetchers.byIds(scope.productIds);
    products = patchProducts(base, scope.productIds, fresh);
    touched.set(locale, pagesTouched(base, scope.productIds, fresh));
  }
  const out = env.STOREFRONT_SNAPSHOT_OUT;
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(snapshotFile(out, locale), JSON.stringify(products));
    const pages = touched.get(locale);
    if (pages) writeFileSync(touchedFile(out, locale), JSON.stringify(pages));
  }
  return products;
}

/** What a partial build writes in this language; undefined in a full build (every page). */
export function pagesToBuild(locale: Locale): PagesTouched | undefined {
  return touched.get(locale);
}
