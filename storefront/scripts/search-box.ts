import type { Locale } from "@storefront/lib/locale.ts";
import { type SearchHit, searchStore } from "./search-api.ts";
import { hitPath, hitTitle } from "./search-paths.ts";

/** Long enough to skip requests between keystrokes, short enough to feel live. */
const DEBOUNCE_MS = 250;
const MAX_SUGGESTIONS = 5;

/**
 * The header search box: a plain GET form that works without JavaScript, upgraded here
 * to an ARIA combobox (role=listbox/option, aria-activedescendant) with suggestions.
 */
function upgrade(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const list = form.querySelector<HTMLUListElement>("[role=listbox]");
  if (!input || !list) return;
  const locale = (form.dataset["locale"] === "en" ? "en" : "vi") satisfies Locale;
  let options: { id: string; href: string }[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((el, i) => el.setAttribute("aria-selected", String(i === index)));
    const chosen = options[index];
    if (chosen) input.setAttribute("aria-activedescendant", chosen.id);
    else input.removeAttribute("aria-activedescendant");
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };

  const show = (hits: SearchHit[]) => {
    list.replaceChildren();
    options = hits.slice(0, MAX_SUGGESTIONS).map((hit, i) => {
      const id = `${list.id}-${i}`;
      const href = hitPath(hit, locale);
      const li = document.createElement("li");
      li.id = id;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "cursor-pointer px-3 py-2 aria-selected:bg-indigo aria-selected:text-white";
      li.textContent = hitTitle(hit, locale).text;
      if (hit.area_name) {
        const where = document.createElement("span");
        where.className = "block text-sm opacity-80";
        where.textContent = hit.area_name;
        li.append(where);
      }
      // pointerdown would blur the input and close the list before the click lands.
      li.addEventListener("pointerdown", (event) => event.preventDefault());
      li.addEventListener("click", () => location.assign(href));
      list.append(li);
      return { id, href };
    });
    list.hidden = options.length === 0;
    input.setAttribute("aria-expanded", String(options.length > 0));
    setActive(-1);
  };

  const suggest = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await searchStore(new URLSearchParams({ q, limit: String(MAX_SUGGESTIONS) }), pending.signal);
      if (input.value.trim() === q) show(response.hits);
    } catch {
      // Suggestions are a convenience: on any failure the form still submits to the results page.
      close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      pending?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void suggest(q), DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    const open = !list.hidden && options.length > 0;
    const target = options[active];
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      setActive((active + 1) % options.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === "Enter" && open && target) {
      event.preventDefault();
      location.assign(target.href);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);
}

document.querySelectorAll<HTMLFormElement>("form[data-search-box]").forEach(upgrade);
