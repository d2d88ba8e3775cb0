import type { CartText } from "@storefront/components/cart/cart-text.ts";
import type { Locale } from "@storefront/lib/locale.ts";
import { isVnPhone } from "./address-check.ts";
import { showFieldErrors } from "./address-form.ts";
import { ApiError } from "./api.ts";
import { lookupOrder } from "./cart-api.ts";
import { pageText, part } from "./dom.ts";
import { errorText } from "./errors.ts";
import { myDataSection } from "./my-data.ts";
import { renderOrder } from "./order-view.ts";

const root = document.querySelector<HTMLElement>("[data-order-lookup]");
if (!root) throw new Error("The order page has no [data-order-lookup] root");
const page: HTMLElement = root;
const locale = page.dataset["locale"] as Locale;
const t = pageText<CartText>(page);
const form = part<HTMLFormElement>(page, "lookup-form");
const notice = part(page, "notice");
const result = part(page, "result");
const button = form.querySelector<HTMLButtonElement>("button[type=submit]") as HTMLButtonElement;
const label = button.textContent ?? "";
// After an erase the order shown carries details that are gone: it leaves the screen too.
const myData = myDataSection(page, t, () => result.replaceChildren());

// The confirmation page links here with the number filled in; the phone is never in a URL.
const fromLink = new URLSearchParams(location.search).get("so");
if (fromLink) (form.elements.namedItem("number") as HTMLInputElement).value = fromLink;

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const number = String(data.get("number") ?? "").trim().toUpperCase();
  const phone = String(data.get("phone") ?? "");
  // Nothing of an earlier order stays on screen while another pair is tried.
  result.replaceChildren();
  myData.hide();
  notice.textContent = "";
  const errors: Record<string, string> = {};
  if (!/^\S{1,40}$/.test(number)) errors["number"] = t.needNumber;
  if (!isVnPhone(phone)) errors["phone"] = t.fieldErrors["phone"] ?? "";
  if (showFieldErrors(form, errors)) return;
  button.disabled = true;
  button.textContent = button.dataset["busy"] ?? label;
  lookupOrder(number, phone)
    .then((order) => {
      result.replaceChildren(renderOrder(order, { t, locale }));
      myData.show({ number, phone });
      result.querySelector<HTMLElement>("[data-slot=number]")?.closest("div")?.setAttribute("tabindex", "-1");
      result.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
    })
    .catch((error: unknown) => {
      notice.textContent = error instanceof ApiError && error.status === 404
        ? t.notFound
        : error instanceof ApiError && error.status === 429 ? t.tooMany : errorText(error, t);
      notice.focus();
    })
    .finally(() => {
      button.disabled = false;
      button.textContent = label;
    });
});
