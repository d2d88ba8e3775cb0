import { CART_CHANGED, savedCart } from "./saved-cart.ts";

/** Shows the number of items beside the header's cart link, from this browser's saved cart. */
function show(): void {
  const count = savedCart()?.count ?? 0;
  for (const badge of document.querySelectorAll<HTMLElement>("[data-cart-count]")) {
    const number = badge.querySelector<HTMLElement>("[data-part=number]");
    if (number) number.textContent = String(count);
    // Kept in the layout when empty, so the header does not move when the number arrives.
    badge.classList.toggle("invisible", count === 0);
  }
}

show();
window.addEventListener(CART_CHANGED, show);
window.addEventListener("storage", show);
// Back/forward cache restores an old page: its count may be out of date.
window.addEventListener("pageshow", show);
