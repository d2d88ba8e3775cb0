import type { CartText } from "@storefront/components/cart/cart-text.ts";
import type { Locale } from "@storefront/lib/locale.ts";
import { formatVnd } from "@storefront/lib/money.ts";
import { pagePath } from "@storefront/lib/routes.ts";
import { ApiError } from "./api.ts";
import { loadCart, removeLine, setQuantity } from "./cart-api.ts";
import { showOfflineControls } from "./cart-offline.ts";
import { fromTemplate, pageText, part, slot } from "./dom.ts";
import { errorText } from "./errors.ts";
import { groupLines, lineTotal } from "./group-lines.ts";
import { lastCart, rememberProducers } from "./last-cart.ts";
import { producersOf } from "./producers.ts";
import { savedCart } from "./saved-cart.ts";
import { clampQuantity, initSteppers } from "./stepper.ts";
import type { Cart, CartLine, ProducerRef } from "./types.ts";

const root = document.querySelector<HTMLElement>("[data-cart-page]");
if (!root) throw new Error("The cart page has no [data-cart-page] root");
const page: HTMLElement = root;
const locale = page.dataset["locale"] as Locale;
const t = pageText<CartText>(page);
const groups = part(page, "groups");
const notice = part(page, "notice");
const done = part(page, "done");
let producers = new Map<string, ProducerRef>();
let lines: CartLine[] = [];
let busy = false;
/** No connection: the page shows the last copy and its controls wait for the network. */
let offline = false;

function renderLine(line: CartLine): HTMLElement {
  const li = fromTemplate("line");
  li.dataset["line"] = line.id;
  const title = slot<HTMLAnchorElement>(li, "title");
  title.textContent = line.product_title ?? line.title;
  if (line.product_handle) title.href = pagePath("product", locale, line.product_handle);
  slot(li, "variant").textContent = line.variant_title ?? "";
  slot(li, "unit").textContent = formatVnd(line.unit_price, locale);
  slot(li, "total").textContent = formatVnd(lineTotal(line), locale);
  // Each line's field needs its own id for its label and its −/+ buttons.
  const id = `quantity-${line.id}`;
  const input = li.querySelector<HTMLInputElement>("input") as HTMLInputElement;
  input.id = id;
  input.value = String(line.quantity);
  li.querySelector("label")?.setAttribute("for", id);
  for (const button of li.querySelectorAll("[data-step]")) button.setAttribute("aria-controls", id);
  return li;
}

function render(cart: Cart | null): void {
  part(page, "loading").hidden = true;
  lines = cart?.items ?? [];
  const empty = lines.length === 0;
  part(page, "empty").hidden = !empty;
  part(page, "summary").hidden = empty;
  groups.replaceChildren(
    ...groupLines(lines, (line) => producers.get(line.product_id ?? "") ?? null).map((group) => {
      const section = fromTemplate("group");
      slot(section, "producer").textContent = group.producer?.name ?? t.inCart;
      slot(section, "one-parcel").hidden = group.producer === null;
      slot(section, "lines").append(...group.lines.map(renderLine));
      return section;
    }),
  );
  const itemTotal = cart?.item_total ?? lines.reduce((sum, line) => sum + lineTotal(line), 0);
  part(page, "item-total").textContent = formatVnd(itemTotal, locale);
  showOfflineControls(page, offline);
}

/** Re-draws after a change and puts focus back on the control the buyer was using. */
function renderKeepingFocus(cart: Cart): void {
  const active = document.activeElement as HTMLElement | null;
  const lineId = active?.closest<HTMLElement>("[data-line]")?.dataset["line"];
  const which = active?.dataset["step"] ?? (active?.tagName === "INPUT" ? "input" : null);
  render(cart);
  if (!lineId) return;
  const line = groups.querySelector<HTMLElement>(`[data-line="${CSS.escape(lineId)}"]`);
  const target = which === "input" ? line?.querySelector<HTMLElement>("input") : line?.querySelector<HTMLElement>(`[data-step="${which}"]`);
  (target ?? page.querySelector<HTMLElement>("h1"))?.focus();
}

async function change(action: () => Promise<Cart>, success = ""): Promise<void> {
  if (busy) return;
  busy = true;
  page.setAttribute("aria-busy", "true");
  notice.textContent = "";
  try {
    const cart = await action();
    renderKeepingFocus(cart);
    done.textContent = success;
  } catch (error) {
    notice.textContent = errorText(error, t);
    // Put the numbers back to what the server holds.
    renderKeepingFocus({ id: savedCart()?.id ?? "", items: lines });
  } finally {
    busy = false;
    page.removeAttribute("aria-busy");
  }
}

function updateQuantity(input: HTMLInputElement): void {
  const saved = savedCart();
  const lineId = input.closest<HTMLElement>("[data-line]")?.dataset["line"];
  const line = lines.find((candidate) => candidate.id === lineId);
  if (!saved || !line) return;
  const quantity = clampQuantity(Number.parseInt(input.value, 10) || line.quantity);
  input.value = String(quantity);
  if (quantity !== line.quantity) void change(() => setQuantity(saved, line.id, quantity));
}

function showConfirm(li: HTMLElement, open: boolean): void {
  slot(li, "confirm").hidden = !open;
  li.querySelector<HTMLElement>("[data-action=remove]")?.toggleAttribute("hidden", open);
  li.querySelector<HTMLElement>(open ? "[data-action=confirm-remove]" : "[data-action=remove]")?.focus();
}

groups.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLElement>("[data-action]");
  const li = button?.closest<HTMLElement>("[data-line]");
  const saved = savedCart();
  if (!button || !li || !saved) return;
  const action = button.dataset["action"];
  if (action === "remove") showConfirm(li, true);
  else if (action === "keep") showConfirm(li, false);
  else if (action === "confirm-remove") {
    void change(() => removeLine(saved, li.dataset["line"] ?? ""), t.removed).then(() => {
      if (!page.contains(document.activeElement) || document.activeElement === document.body) page.querySelector<HTMLElement>("h1")?.focus();
    });
  }
});
groups.addEventListener("change", (event) => {
  if (event.target instanceof HTMLInputElement) updateQuantity(event.target);
});
initSteppers(groups, updateQuantity);

/** The lines as the server last sent them, to read but not to change until the network is back. */
function showLastCopy(): void {
  offline = true;
  const saved = savedCart();
  const copy = saved ? lastCart(saved.id) : null;
  if (copy) producers = new Map(Object.entries(copy.producers));
  if (copy || !saved) render(copy);
  else showOfflineControls(page, true);
  // No saved cart at all: an empty cart is the truth, with or without a connection.
  notice.textContent = copy ? t.offlineCart : saved ? t.offlineNoCopy : "";
}

async function start(): Promise<void> {
  try {
    const loaded = await loadCart();
    if (loaded?.cart.items?.length) {
      producers = await producersOf(loaded.cart.items.flatMap((line) => (line.product_id ? [line.product_id] : [])));
      rememberProducers(loaded.cart.id, producers);
    }
    offline = false;
    notice.textContent = "";
    render(loaded?.cart ?? null);
  } catch (error) {
    part(page, "loading").hidden = true;
    if (error instanceof ApiError && error.status === 0) showLastCopy();
    else notice.textContent = errorText(error, t);
  }
}

window.addEventListener("offline", () => {
  offline = true;
  showOfflineControls(page, true);
  if (lines.length > 0) notice.textContent = t.offlineCart;
});
window.addEventListener("online", () => {
  if (offline) void start();
});
void start();
