import type { Locale } from "@storefront/lib/locale.ts";
import type { SellerText } from "@storefront/lib/seller-text.ts";

const root = document.querySelector<HTMLElement>("[data-seller]");
if (!root) throw new Error("The seller page has no [data-seller] root");

const data = JSON.parse(root.dataset["seller"] ?? "{}") as { locale: Locale; text: SellerText };
export const locale: Locale = data.locale;
export const t: SellerText = data.text;

/** An element the page is built with; missing means the markup and script drifted apart. */
export function part<T extends HTMLElement = HTMLElement>(name: string, scope: ParentNode = root as HTMLElement): T {
  const el = scope.querySelector<T>(`[data-part="${name}"]`);
  if (!el) throw new Error(`Seller page part "${name}" is missing`);
  return el;
}

let first = true;

/**
 * Shows one screen and, after the first, moves focus to its heading so screen readers
 * announce the change (the heading has no focus ring: it is not a control).
 */
export function showView(name: string): void {
  for (const view of (root as HTMLElement).querySelectorAll<HTMLElement>("[data-view]")) {
    view.hidden = view.dataset["view"] !== name;
  }
  part("loading").hidden = true;
  for (const tab of (root as HTMLElement).querySelectorAll<HTMLElement>("[data-tab]")) {
    if (tab.dataset["tab"] === name) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  if (!first) document.querySelector<HTMLElement>(`[data-view="${name}"] h1`)?.focus();
  first = false;
}

/** Puts a message beside the field it is about (empty string clears it). */
export function setError(form: HTMLElement, name: string, message: string): void {
  const el = form.querySelector<HTMLElement>(`[data-error="${name}"]`);
  if (el) el.textContent = message;
  const input = form.querySelector<HTMLElement>(`[name="${name}"]`);
  if (input) {
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
}

export function clearErrors(form: HTMLElement): void {
  for (const el of form.querySelectorAll<HTMLElement>("[data-error]")) el.textContent = "";
  for (const el of form.querySelectorAll<HTMLElement>("[aria-invalid]")) el.removeAttribute("aria-invalid");
}
