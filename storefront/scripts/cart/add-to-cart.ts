import type { AddText } from "@storefront/components/cart/add-text.ts";
import { ApiError } from "./api.ts";
import { addToCart } from "./cart-api.ts";
import { initSteppers } from "./stepper.ts";

/** The product page's "Add to cart": creates the cart on first use, then adds the chosen variant. */
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-add-to-cart]")) {
  const t = JSON.parse(form.dataset["text"] ?? "{}") as AddText;
  const message = form.querySelector<HTMLElement>("[data-part=message]") as HTMLElement;
  const added = form.querySelector<HTMLElement>("[data-part=added]") as HTMLElement;
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]") as HTMLButtonElement;
  initSteppers(form);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const quantity = Number(data.get("quantity"));
    added.hidden = true;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
      message.textContent = t.badQuantity;
      return;
    }
    button.disabled = true;
    button.textContent = t.adding;
    message.textContent = "";
    addToCart(String(data.get("variant_id")), quantity)
      .then(() => {
        message.textContent = t.added;
        added.hidden = false;
      })
      .catch((error: unknown) => {
        // The server's words for stock ("Hết hàng…") are clearer than ours.
        message.textContent = error instanceof ApiError
          ? error.status === 0 ? t.offline : error.message || t.serverError
          : t.serverError;
      })
      .finally(() => {
        button.disabled = false;
        button.textContent = t.add;
      });
  });
}
