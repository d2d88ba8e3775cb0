import { formatVnd } from "@storefront/lib/money.ts";
import { ApiError } from "./api.ts";
import { clearErrors, locale, part, setError, showView, t } from "./dom.ts";
import { dropJob, isOffline, newJob, sendJob } from "./outbox.ts";
import { shrinkPhoto } from "./photo.ts";
import type { Product, ProductInput } from "./types.ts";

const form = part<HTMLFormElement>("product-form");
const title = document.getElementById("seller-form-title") as HTMLElement;
const progress = part<HTMLProgressElement>("photo-progress", form);
const photoStatus = part("photo-status", form);
const preview = part<HTMLImageElement>("photo-preview", form);
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

let photo: Blob | null = null;
let editing: { household: string; productId: string | null; variantId: string | null } = {
  household: "",
  productId: null,
  variantId: null,
};
let onDone: (offline: boolean) => void = () => {};

/** Digits only: sellers type "180.000" or "180 000"; both mean 180000 đồng. */
function whole(value: string): number | null {
  const digits = value.replace(/\D/g, "");
  return digits ? Number(digits) : null;
}

field("price").addEventListener("input", () => {
  const value = whole(field("price").value);
  const shown = form.querySelector<HTMLOutputElement>('[data-shown="price"]');
  if (shown) shown.textContent = value !== null && Number.isSafeInteger(value) ? formatVnd(value, locale) : "";
});

field("photo").addEventListener("change", async () => {
  const file = field("photo").files?.[0];
  if (!file) return;
  setError(form, "photo", "");
  photoStatus.textContent = t.preparingPhoto;
  photo = await shrinkPhoto(file);
  photoStatus.textContent = "";
  if (preview.src.startsWith("blob:")) URL.revokeObjectURL(preview.src);
  preview.src = URL.createObjectURL(photo);
  preview.hidden = false;
  part("photo-empty", form).hidden = true;
});

function showPhoto(url: string | null): void {
  preview.hidden = !url;
  if (url) preview.src = url;
  else preview.removeAttribute("src");
  part("photo-empty", form).hidden = Boolean(url);
}

/** Opens the form empty (new product) or filled from `product`. */
export function openForm(household: string, product: Product | null, done: (offline: boolean) => void): void {
  editing = { household, productId: product?.id ?? null, variantId: product?.variants[0]?.id ?? null };
  onDone = done;
  photo = null;
  form.reset();
  clearErrors(form);
  progress.hidden = true;
  const variant = product?.variants[0];
  field("title").value = product?.title_vi ?? "";
  field("price").value = variant ? String(variant.price_vnd) : "";
  field("price").dispatchEvent(new Event("input"));
  field("stock").value = variant ? String(variant.stock) : "";
  field("weight").value = variant ? String(variant.weight_g) : "";
  field("category").value = product?.category ?? "";
  field("label").value = variant?.label ?? (locale === "vi" ? "1 gói" : "1 pack");
  field("description").value = product?.description_vi ?? "";
  showPhoto(product?.thumbnail ?? null);
  title.textContent = (product ? title.dataset["edit"] : title.dataset["add"]) ?? "";
  showView("form");
}

function read(): ProductInput | null {
  clearErrors(form);
  const price = whole(field("price").value);
  const stock = whole(field("stock").value);
  const weight = whole(field("weight").value);
  const checks: [string, boolean, string][] = [
    ["title", field("title").value.trim() !== "", t.productName],
    ["price", price !== null && price > 0, t.needNumber],
    ["stock", stock !== null, t.needStock],
    ["weight", weight !== null && weight > 0, t.needNumber],
    ["category", field("category").value !== "", t.chooseCategory.replace(/—/g, "").trim()],
    ["label", field("label").value.trim() !== "", t.packHint],
  ];
  const failed = checks.filter(([, ok]) => !ok);
  for (const [name, , message] of failed) setError(form, name, message);
  form.querySelector<HTMLElement>(`[name="${failed[0]?.[0] ?? ""}"]`)?.focus();
  if (failed.length || price === null || stock === null || weight === null) return null;
  const description = field("description").value.trim();
  return {
    title_vi: field("title").value.trim(),
    category: field("category").value,
    ...(description ? { description_vi: description } : {}),
    variants: [{ label: field("label").value.trim(), price_vnd: price, weight_g: weight, stock }],
  };
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = read();
  if (!input) return;
  const button = form.querySelector<HTMLButtonElement>("[type=submit]");
  if (button) [button.disabled, button.textContent] = [true, t.saving];
  const { household, productId, variantId } = editing;
  const job = await newJob(household, productId, variantId, input, photo);
  progress.hidden = !photo;
  progress.value = 0;
  try {
    // The button is where the thumb is: it says how far the photo has gone, not only "saving".
    await sendJob(job, (fraction) => {
      progress.value = fraction;
      if (button && fraction > 0 && fraction < 1) button.textContent = `${t.uploading}… ${Math.floor(fraction * 100)}%`;
    });
    onDone(false);
  } catch (error) {
    if (isOffline(error)) {
      onDone(true);
    } else if (error instanceof ApiError && error.status === 401) {
      onDone(true);
    } else {
      // Refused by the server: nothing to retry, the message says what to change.
      dropJob();
      // A product already created stays the one this form edits, so saving again makes no twin.
      editing = { household, productId: job.productId, variantId: job.variantId };
      const message = error instanceof ApiError && error.message ? error.message : t.serverError;
      setError(form, job.productId && photo ? "photo" : "form", message);
    }
  } finally {
    if (button) [button.disabled, button.textContent] = [false, t.save];
  }
});
