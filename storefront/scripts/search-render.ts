import { formatVnd } from "@storefront/lib/money.ts";
import type { Locale } from "@storefront/lib/locale.ts";
import type { Messages } from "@storefront/lib/i18n.ts";
import type { FacetRange, FacetValue, SearchHit, SearchResponse } from "./search-api.ts";
import { hitPath, hitTitle } from "./search-paths.ts";
import { cleared, type FilterKey, hasFilters, toggled } from "./search-url.ts";

/** What the page hands the island at build time: its words and the names behind handles. */
export interface PageData {
  locale: Locale;
  text: Messages["search"];
  categories: Record<string, string>;
  areas: Record<string, string>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: linked title (the API's escaped highlight), price, seller and area. */
export function renderHit(hit: SearchHit, data: PageData): HTMLLIElement {
  const li = el("li", "rounded-2xl border-2 border-line bg-card p-3");
  // Block with a 44 px minimum so the title is a full-width finger target; not flex, which would
  // drop the spaces around the <mark> highlights.
  const link = el("a", "block min-h-11 content-center text-lg font-semibold underline decoration-2");
  link.href = hitPath(hit, data.locale);
  const title = hitTitle(hit, data.locale);
  // Only this field is HTML: the API escapes the text, then adds <mark>.
  if (title.html) link.innerHTML = title.html;
  else link.textContent = title.text;
  li.append(el("h2", "text-lg", undefined));
  li.firstElementChild?.append(link);
  if (hit.price !== null) li.append(el("p", "whitespace-nowrap font-semibold", formatVnd(hit.price, data.locale)));
  const who = [hit.producer_name, hit.area_name].filter((part): part is string => Boolean(part));
  if (who.length) li.append(el("p", "text-base text-muted", who.join(" · ")));
  if (hit.in_stock === false) li.append(el("p", "text-base font-semibold text-muted", data.text.soldOut));
  return li;
}

function option(label: string, count: number, href: string, active: boolean): HTMLLIElement {
  const li = el("li", "");
  const a = el("a", "flex min-h-11 items-center gap-2 rounded-full border-2 px-3 no-underline");
  a.classList.add(...(active ? ["border-indigo", "bg-indigo", "text-white"] : ["border-line", "bg-card", "text-indigo"]));
  a.href = href;
  a.dataset["nav"] = "";
  if (active) a.setAttribute("aria-current", "true");
  a.append(document.createTextNode(label), el("span", "text-sm opacity-80", `(${count})`));
  li.append(a);
  return li;
}

function group(title: string, items: HTMLLIElement[]): HTMLElement | null {
  if (!items.length) return null;
  const section = el("section", "mb-3");
  section.append(el("h3", "mb-1 text-base font-semibold", title));
  const list = el("ul", "flex flex-wrap gap-2");
  list.setAttribute("role", "list");
  list.append(...items);
  section.append(list);
  return section;
}

/** Facet groups as links that change the page's address (one click adds, a second removes). */
export function renderFacets(result: SearchResponse, page: URLSearchParams, data: PageData): HTMLElement[] {
  const t = data.text;
  const values = (key: FilterKey, facet: FacetValue[] | undefined, name: (v: string) => string) =>
    (facet ?? []).map((v) => option(name(v.value), v.count, toggled(page, key, v.value), page.get(key) === v.value));
  const prices = (result.facets.price ?? [])
    .filter((range: FacetRange) => range.count > 0)
    .map((range) => option(t.prices[range.key as keyof typeof t.prices] ?? range.key, range.count, toggled(page, "price", range.key), page.get("price") === range.key));
  const stock = (result.facets.in_stock ?? [])
    .filter((v) => v.value === "true")
    .map((v) => option(t.stock, v.count, toggled(page, "in_stock", "true"), page.get("in_stock") === "true"));
  const stars = result.facets.ocop_stars ?? [];
  const ocop = [3, 4, 5]
    .map((min) => ({ min, count: stars.filter((v) => Number(v.value) >= min).reduce((sum, v) => sum + v.count, 0) }))
    .filter((entry) => entry.count > 0)
    .map((entry) => option(`${entry.min} ${t.stars}`, entry.count, toggled(page, "ocop_min", String(entry.min)), page.get("ocop_min") === String(entry.min)));
  const groups = [
    group(t.category, values("category", result.facets.category, (v) => data.categories[v] ?? v)),
    group(t.area, values("area", result.facets.area, (v) => data.areas[v] ?? v)),
    group(t.price, prices),
    group(t.stock, stock),
    group(t.ocop, ocop),
  ].filter((section): section is HTMLElement => section !== null);
  if (hasFilters(page)) {
    const clear = el("a", "inline-flex min-h-11 items-center font-semibold", t.clear);
    clear.href = cleared(page);
    clear.dataset["nav"] = "";
    groups.push(clear);
  }
  return groups;
}
