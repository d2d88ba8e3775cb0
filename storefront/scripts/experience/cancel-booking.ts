import type { CancelText } from "@storefront/components/experience/cancel-text.ts";
import { ApiError, storeCall } from "../cart/api.ts";

/** "Huỷ đặt chỗ": order number + phone, as for the order lookup; the server says why it refuses. */
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-cancel-booking]")) {
  const t = JSON.parse(form.dataset["text"] ?? "{}") as CancelText;
  const message = form.querySelector<HTMLElement>("[data-part=message]") as HTMLElement;
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]") as HTMLButtonElement;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const number = String(data.get("number") ?? "").trim();
    const phone = String(data.get("phone") ?? "").trim();
    if (!window.confirm(t.confirm.replace("{number}", number))) return;
    button.disabled = true;
    const label = button.textContent;
    button.textContent = t.working;
    message.textContent = "";
    storeCall<{ order: { number: string } }>("POST", "/store/bookings/cancel", { number, phone })
      .then(({ order }) => {
        message.textContent = t.done.replace("{number}", order.number);
      })
      .catch((error: unknown) => {
        message.textContent = error instanceof ApiError
          ? error.status === 0 ? t.offline : error.message || t.serverError
          : t.serverError;
      })
      .finally(() => {
        button.disabled = false;
        button.textContent = label;
      });
  });
}
