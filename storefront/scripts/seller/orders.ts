import { ApiError } from "./api.ts";
import { part, showView, t } from "./dom.ts";
import { fillCard, newCard } from "./order-card.ts";
import { askCarrier, confirmCash } from "./order-dialogs.ts";
import type { SellerOrder, StatusChange } from "./order-types.ts";
import { nextStep } from "./order-words.ts";
import { ordersApi } from "./orders-api.ts";
import { isOffline } from "./outbox.ts";

const list = part("orders");
const status = part("orders-status");
const empty = part("orders-empty");
const reload = part<HTMLButtonElement>("orders-reload");

// The household the screen shows now: an answer for one left behind (a helper switched) is dropped.
let shown = "";
let onReload = () => {};
reload.addEventListener("click", () => onReload());

/** What the household confirms before the step is sent; null when it changed its mind. */
async function change(order: SellerOrder, action: StatusChange["action"]): Promise<StatusChange | null> {
  if (action === "ship") {
    const sent = await askCarrier(order);
    return sent && { action, ...sent };
  }
  if (action === "deliver" && order.payment_method === "cod") {
    return (await confirmCash(order)) ? { action, cash_collected: true } : null;
  }
  return { action };
}

function card(household: string, order: SellerOrder, onError: (error: unknown) => void): HTMLElement {
  const li = newCard();
  fillCard(li, order);
  const button = li.querySelector<HTMLButtonElement>('[data-action="next"]') as HTMLButtonElement;
  const message = part("message", li);
  let current = order;
  button.addEventListener("click", async () => {
    const action = nextStep(current, t)?.action;
    if (!action) return;
    message.textContent = "";
    const body = await change(current, action);
    if (!body) return button.focus();
    const label = button.textContent;
    [button.disabled, button.textContent] = [true, t.working];
    try {
      current = (await ordersApi.change(household, current.id, body)).order;
      fillCard(li, current);
      message.className = "mt-2 font-semibold text-leaf empty:hidden";
      message.textContent = `✓ ${t.done}`;
    } catch (error) {
      button.textContent = label;
      if (error instanceof ApiError && error.status === 401) return onError(error);
      // The server's own words say why not (unpaid transfer, no carrier…); they are for the household.
      message.className = "mt-2 font-semibold text-brick empty:hidden";
      message.textContent = isOffline(error) ? t.offline : error instanceof ApiError && error.message ? error.message : t.serverError;
    } finally {
      button.disabled = false;
      if (!button.hidden) button.focus();
    }
  });
  return li;
}

/** Loads and shows the household's parcels, newest first; errors go to `onError` (401 → sign in again). */
export async function showOrders(household: string, onError: (error: unknown) => void): Promise<void> {
  shown = household;
  onReload = () => void showOrders(household, onError);
  showView("orders");
  list.replaceChildren();
  [empty.hidden, reload.hidden, status.textContent] = [true, true, t.loading];
  try {
    const { orders } = await ordersApi.list(household);
    if (shown !== household) return;
    list.replaceChildren(...orders.map((order) => card(household, order, onError)));
    status.textContent = "";
    empty.hidden = orders.length > 0;
  } catch (error) {
    if (shown !== household) return;
    status.textContent = "";
    reload.hidden = false;
    onError(error);
  }
}
