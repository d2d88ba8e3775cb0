import { formatVnd } from "@storefront/lib/money.ts";
import { api } from "./api.ts";
import { locale, part, showView, t } from "./dom.ts";
import type { Product } from "./types.ts";

const STATUS: Record<string, { text: string; style: string }> = {
  published: { text: t.statusPublished, style: "bg-leaf text-white" },
  proposed: { text: t.statusProposed, style: "bg-line text-ink" },
  draft: { text: t.statusDraft, style: "border-2 border-muted text-muted" },
};

const BLANK = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";
const list = part("products");
const status = part("products-status");
const template = part<HTMLTemplateElement>("product-item");
const confirm = part<HTMLDialogElement>("confirm");

/** Asks before deleting; resolves true only on the explicit "yes". */
function confirmRemove(name: string): Promise<boolean> {
  part("confirm-name", confirm).textContent = name;
  confirm.returnValue = "";
  confirm.showModal();
  return new Promise((resolve) => {
    confirm.addEventListener("close", () => resolve(confirm.returnValue === "yes"), { once: true });
  });
}

function item(household: string, product: Product, onChange: (error?: unknown) => void): HTMLElement {
  const li = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  const thumb = part<HTMLImageElement>("thumb", li);
  // An empty <img> shows a broken-image icon; a blank pixel lets the grey box show instead.
  thumb.addEventListener("error", () => (thumb.src = BLANK), { once: true });
  thumb.src = product.thumbnail ?? BLANK;
  part("name", li).textContent = product.title_vi;
  const variant = product.variants[0];
  part("price", li).textContent = variant ? formatVnd(variant.price_vnd, locale) : "";
  part("stock", li).textContent = variant ? `${t.stock}: ${variant.stock}` : "";
  const state = STATUS[product.status] ?? STATUS["draft"];
  const badge = part("status", li);
  badge.textContent = state?.text ?? product.status;
  badge.className += ` ${state?.style ?? ""}`;
  const listed = product.status !== "draft";
  const toggle = li.querySelector<HTMLButtonElement>('[data-action="toggle"]');
  if (toggle) {
    toggle.textContent = listed ? t.unpublish : t.publish;
    toggle.setAttribute("aria-label", `${toggle.textContent}: ${product.title_vi}`);
    toggle.addEventListener("click", async () => {
      toggle.disabled = true;
      await api.setStatus(household, product.id, !listed).then(() => onChange(), onChange);
    });
  }
  const edit = li.querySelector<HTMLAnchorElement>('[data-action="edit"]');
  if (edit) {
    edit.href = `#sua/${product.id}`;
    edit.setAttribute("aria-label", `${t.edit}: ${product.title_vi}`);
  }
  const remove = li.querySelector<HTMLButtonElement>('[data-action="remove"]');
  if (remove) {
    remove.setAttribute("aria-label", `${t.remove}: ${product.title_vi}`);
    remove.addEventListener("click", async () => {
      if (await confirmRemove(product.title_vi)) {
        await api.remove(household, product.id).then(() => onChange(), onChange);
      } else {
        remove.focus();
      }
    });
  }
  return li;
}

// Counts loads: on a slow line an older list (asked before a publish) can arrive after a
// newer one, and must not paint "Chưa đăng" over "Đang bán".
let latestLoad = 0;

/** Loads and shows the household's products; errors go to `onError` (401 → sign in again). */
export async function showProducts(household: string, onError: (error: unknown) => void): Promise<Product[]> {
  const load = ++latestLoad;
  showView("products");
  status.textContent = t.loading;
  const reload = (error?: unknown) => {
    if (error) onError(error);
    else void showProducts(household, onError);
  };
  try {
    const { products } = await api.list(household);
    if (load !== latestLoad) return products;
    list.replaceChildren(...products.map((p) => item(household, p, reload)));
    status.textContent = products.length ? "" : t.noProducts;
    return products;
  } catch (error) {
    if (load !== latestLoad) return [];
    status.textContent = "";
    onError(error);
    return [];
  }
}
