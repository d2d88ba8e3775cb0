import { type SearchResponse, SearchUnavailable, searchStore } from "./search-api.ts";
import { type PageData, renderFacets, renderHit } from "./search-render.ts";
import { activeFilterCount, apiParams, PAGE_SIZE, totalText } from "./search-url.ts";

/**
 * The results page: reads the search from the address, asks GET /store/search and draws
 * results, facets, sorting and "see more". Facet links and sorting change the address
 * with pushState, so the back button walks back through the buyer's choices.
 */
function start(root: HTMLElement): void {
  const data = JSON.parse(root.dataset["search"] ?? "{}") as PageData;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-part=${name}]`) as T;
  const status = part<HTMLParagraphElement>("status");
  const results = part<HTMLUListElement>("results");
  const facets = part<HTMLElement>("facets");
  const more = part<HTMLButtonElement>("more");
  const panel = part<HTMLElement>("panel");
  const panelText = part<HTMLParagraphElement>("panel-text");
  const sort = part<HTMLSelectElement>("sort");
  const filters = part<HTMLDetailsElement>("filters");
  const filterCount = part<HTMLSpanElement>("filter-count");
  // A side column from 48rem (Tailwind's md), where there is room to keep it open.
  if (matchMedia("(min-width: 48rem)").matches) filters.open = true;
  const t = data.text;
  let offset = 0;
  let pending: AbortController | undefined;

  const showPanel = (message: string | null) => {
    panel.hidden = message === null;
    panelText.textContent = message ?? "";
  };

  const drawSummary = (page: URLSearchParams, result: SearchResponse) => {
    const q = page.get("q")?.trim() ?? "";
    const total = totalText(result.total, data.locale, t.about);
    status.textContent = q ? `${t.found} ${total} ${t.items} – ${t.resultsFor} “${q}”` : `${t.found} ${total} ${t.items}`;
    more.hidden = offset + result.hits.length >= result.total;
  };

  const load = async (append: boolean) => {
    const page = new URLSearchParams(location.search);
    const input = page.get("q") ?? "";
    const box = document.querySelector<HTMLInputElement>("#site-search");
    if (box && !append) box.value = input;
    sort.value = page.get("sort") ?? "relevance";
    const active = activeFilterCount(page);
    filterCount.textContent = active > 0 ? ` (${active})` : "";
    if (!append) offset = 0;
    pending?.abort();
    pending = new AbortController();
    root.setAttribute("aria-busy", "true");
    status.textContent = t.loading;
    try {
      const result = await searchStore(apiParams(page, offset), pending.signal);
      if (!append) results.replaceChildren();
      results.append(...result.hits.map((hit) => renderHit(hit, data)));
      facets.replaceChildren(...(result.total > 0 ? renderFacets(result, page, data) : []));
      drawSummary(page, result);
      showPanel(result.total > 0 ? null : input.trim() ? t.empty + " " + t.emptyHint : t.noQuery);
    } catch (error) {
      if (pending.signal.aborted && !(error instanceof SearchUnavailable)) return;
      results.replaceChildren();
      facets.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      showPanel(t.down);
    } finally {
      root.removeAttribute("aria-busy");
    }
  };

  const navigate = (href: string) => {
    history.pushState(null, "", href);
    void load(false);
  };

  root.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-nav]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(link.href);
  });
  sort.addEventListener("change", () => {
    const page = new URLSearchParams(location.search);
    page.set("sort", sort.value);
    navigate(`?${page.toString()}`);
  });
  more.addEventListener("click", () => {
    offset += PAGE_SIZE;
    void load(true);
  });
  addEventListener("popstate", () => void load(false));
  void load(false);
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) start(root);
