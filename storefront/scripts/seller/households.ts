import { part, showView } from "./dom.ts";
import type { Household } from "./types.ts";

/** Lists the households the seller may act for, as big links to pick one. */
export function showHouseholds(households: Household[]): void {
  const list = part("households");
  list.replaceChildren(
    ...households.map((h) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#hang/${encodeURIComponent(h.handle)}`;
      a.className = "flex min-h-14 flex-col justify-center rounded-2xl border-2 border-indigo bg-card p-3 text-xl font-bold no-underline";
      a.textContent = h.name;
      if (h.area_name) {
        const area = document.createElement("span");
        area.className = "text-base font-normal text-muted";
        area.textContent = h.area_name;
        a.append(area);
      }
      li.append(a);
      return li;
    }),
  );
  showView("households");
}
