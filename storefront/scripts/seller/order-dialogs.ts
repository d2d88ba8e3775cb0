import { formatVnd } from "@storefront/lib/money.ts";
import { locale, part, setError, t } from "./dom.ts";
import type { SellerOrder } from "./order-types.ts";
import { cashDue, fill } from "./order-words.ts";

const shipDialog = part<HTMLDialogElement>("ship-dialog");
const shipForm = part<HTMLFormElement>("ship-form", shipDialog);
const other = shipForm.elements.namedItem("carrier-other") as HTMLInputElement;
const tracking = shipForm.elements.namedItem("tracking") as HTMLInputElement;
const cashDialog = part<HTMLDialogElement>("cash-dialog");

const radios = () => [...shipForm.querySelectorAll<HTMLInputElement>('input[name="carrier"]')];

// Writing another carrier's name replaces a ticked choice, so the two never disagree.
other.addEventListener("input", () => {
  if (other.value.trim()) for (const radio of radios()) radio.checked = false;
});
shipForm.addEventListener("change", (event) => {
  if ((event.target as HTMLInputElement).name === "carrier") other.value = "";
});

function chosenCarrier(): string {
  return other.value.trim() || (radios().find((r) => r.checked)?.value ?? "");
}

shipForm.addEventListener("submit", (event) => {
  const yes = (event.submitter as HTMLButtonElement | null)?.value === "yes";
  if (yes && !chosenCarrier()) {
    event.preventDefault();
    setError(shipForm, "carrier", t.needCarrier);
    setError(shipForm, "carrier-other", t.needCarrier);
    radios()[0]?.focus();
  }
});

/** Asks how the parcel went out; null when the household changes its mind. */
export function askCarrier(order: SellerOrder): Promise<{ carrier: string; tracking_code?: string } | null> {
  shipForm.reset();
  setError(shipForm, "carrier", "");
  setError(shipForm, "carrier-other", "");
  part("ship-order", shipDialog).textContent = `${t.orderNumber} ${order.number}`;
  shipDialog.returnValue = "";
  shipDialog.showModal();
  return new Promise((resolve) => {
    shipDialog.addEventListener(
      "close",
      () => {
        if (shipDialog.returnValue !== "yes") return resolve(null);
        const code = tracking.value.trim();
        resolve({ carrier: chosenCarrier(), ...(code ? { tracking_code: code } : {}) });
      },
      { once: true },
    );
  });
}

/** "Bạn đã nhận đủ 210.000 ₫?": true only on the explicit yes. */
export function confirmCash(order: SellerOrder): Promise<boolean> {
  part("cash-question", cashDialog).textContent = fill(t.cashQuestion, { amount: formatVnd(cashDue(order), locale) });
  part("cash-order", cashDialog).textContent = `${t.orderNumber} ${order.number}`;
  cashDialog.returnValue = "";
  cashDialog.showModal();
  return new Promise((resolve) => {
    cashDialog.addEventListener("close", () => resolve(cashDialog.returnValue === "yes"), { once: true });
  });
}
