import type { CartText } from "@storefront/components/cart/cart-text.ts";
import type { Locale } from "@storefront/lib/locale.ts";
import { checkAddress } from "./address-check.ts";
import { clearFieldErrors, readAddress, showFieldErrors } from "./address-form.ts";
import { ApiError } from "./api.ts";
import { completeCart, loadCart, paymentMethods, setAddress } from "./cart-api.ts";
import { payByCard, prepareCard } from "./checkout-card.ts";
import { fromTemplate, pageText, part, slot } from "./dom.ts";
import { errorText } from "./errors.ts";
import { renderOrder, renderParcel, renderTotals } from "./order-view.ts";
import { forgetCart, savedCart } from "./saved-cart.ts";
import type { OrderSummary, PaymentMethod } from "./types.ts";

const root = document.querySelector<HTMLElement>("[data-checkout]");
if (!root) throw new Error("The checkout page has no [data-checkout] root");
const page: HTMLElement = root;
const locale = page.dataset["locale"] as Locale;
const t = pageText<CartText>(page);
const context = { t, locale };
const form = part<HTMLFormElement>(page, "address-form");
const notice = part(page, "notice");
const progress = part(page, "progress");
const place = part<HTMLButtonElement>(page, "place");
let methods: PaymentMethod[] = [];
let itemTotal = 0;
let quoted = false;
let busy = false;

function show(name: "loading" | "empty" | "steps" | "done"): void {
  for (const view of ["loading", "empty", "steps", "done"] as const) part(page, view).hidden = view !== name;
}

function renderMethods(): void {
  part(page, "methods").replaceChildren(
    ...methods.map((method, index) => {
      const label = fromTemplate("method");
      const input = label.querySelector("input") as HTMLInputElement;
      input.value = method.id;
      input.checked = index === 0;
      slot(label, "label").textContent = t.paymentMethod[method.id] ?? (locale === "vi" ? method.label_vi : method.label_en);
      return label;
    }),
  );
}

function chosenMethod(): PaymentMethod | undefined {
  const id = page.querySelector<HTMLInputElement>("input[name=method]:checked")?.value;
  return methods.find((method) => method.id === id);
}

/** A changed address makes the shown shipping stale: hide it until it is worked out again. */
function invalidateQuote(): void {
  if (!quoted) return;
  quoted = false;
  part(page, "quote").hidden = true;
  part(page, "pay").hidden = true;
  const button = part(page, "quote-button");
  button.textContent = button.dataset["again"] ?? t.recalc;
}

async function quote(): Promise<void> {
  const saved = savedCart();
  if (busy || !saved) return;
  notice.textContent = "";
  const address = readAddress(form);
  const wrong = checkAddress(address);
  if (wrong.length > 0) {
    notice.textContent = t.fixFields;
    showFieldErrors(form, Object.fromEntries(wrong.map((field) => [field, t.fieldErrors[field] ?? t.fixFields])));
    return;
  }
  clearFieldErrors(form);
  busy = true;
  try {
    const { cart, parcels, shipping_total } = await setAddress(saved, address);
    itemTotal = cart.item_total ?? itemTotal;
    part(page, "parcels").replaceChildren(...parcels.map((parcel) => renderParcel(parcel, context)));
    renderTotals(part(page, "totals"), { items: itemTotal, shipping: shipping_total, total: itemTotal + shipping_total }, context);
    part(page, "quote").hidden = false;
    part(page, "pay").hidden = false;
    quoted = true;
    part(page, "quote").querySelector<HTMLElement>("h2")?.focus();
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && Object.keys(error.errors).length > 0) {
      notice.textContent = error.message || t.fixFields;
      showFieldErrors(form, locale === "en" && Object.keys(error.errorsEn).length > 0 ? error.errorsEn : error.errors);
    } else {
      notice.textContent = errorText(error, t);
    }
  } finally {
    busy = false;
  }
}

function showOrder(order: OrderSummary): void {
  forgetCart();
  const heading = page.querySelector<HTMLElement>("h1") as HTMLElement;
  heading.textContent = t.thanks;
  part(page, "order").replaceChildren(renderOrder(order, context));
  const link = part<HTMLAnchorElement>(page, "lookup-link");
  link.search = `?so=${encodeURIComponent(order.number)}`;
  show("done");
  notice.textContent = "";
  heading.focus();
}

async function placeOrder(): Promise<void> {
  const saved = savedCart();
  const method = chosenMethod();
  if (busy || !saved || !method || !quoted) return;
  busy = true;
  place.disabled = true;
  notice.textContent = "";
  progress.textContent = t.placing;
  try {
    if (method.id === "stripe") {
      const order = await payByCard(saved, readAddress(form), context, (text) => (progress.textContent = text));
      if (order) showOrder(order);
      // Paid but not confirmed yet: a second click must not start a second payment.
      else place.hidden = true;
      return;
    }
    const result = await completeCart(saved, method.id);
    if ("order" in result) showOrder(result.order);
  } catch (error) {
    progress.textContent = "";
    // 409 is "Hết hàng: … chỉ còn N." from the server, shown as it is, with the way back to the cart.
    notice.textContent = errorText(error, t);
    notice.focus();
  } finally {
    busy = false;
    place.disabled = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void quote();
});
form.addEventListener("input", invalidateQuote);
place.addEventListener("click", () => void placeOrder());
part(page, "methods").addEventListener("change", () => {
  const method = chosenMethod();
  part(page, "card").hidden = method?.id !== "stripe";
  if (method?.id === "stripe") void prepareCard(method, part(page, "card-element"), page.dataset["stripeJs"] ?? "", context, (text) => (progress.textContent = text));
});

async function start(): Promise<void> {
  try {
    const [loaded, available] = await Promise.all([loadCart(), paymentMethods()]);
    if (!loaded || !loaded.cart.items?.length) {
      show("empty");
      return;
    }
    methods = available;
    itemTotal = loaded.cart.item_total ?? 0;
    renderMethods();
    show("steps");
  } catch (error) {
    part(page, "loading").hidden = true;
    notice.textContent = errorText(error, t);
  }
}

notice.tabIndex = -1;
void start();
