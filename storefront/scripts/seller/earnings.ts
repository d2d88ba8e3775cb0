import { formatVnd } from "@storefront/lib/money.ts";
import { locale, part, showView, t } from "./dom.ts";
import type { Earnings } from "./order-types.ts";
import { fill, shortDate } from "./order-words.ts";
import { ordersApi } from "./orders-api.ts";

const status = part("earnings-status");
const summary = part("earnings-summary");
const empty = part("earnings-empty");
const history = part("history-title");
const entries = part("entries");
const reload = part<HTMLButtonElement>("earnings-reload");
const money = (amount: number) => formatVnd(amount, locale);

let shown = "";
let onReload = () => {};
reload.addEventListener("click", () => onReload());

/** One line of the ledger: when, what for, and the money in (+) or out to the household (−). */
function entry(item: Earnings["entries"][number]): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "flex flex-wrap justify-between gap-x-3 rounded-xl border-2 border-line bg-card p-3";
  const what = document.createElement("div");
  const words = document.createElement("p");
  words.className = "font-semibold";
  const earning = item.kind === "earning";
  words.textContent = earning
    ? item.order_number ? fill(t.entryEarning, { number: item.order_number }) : t.entryEarningNoNumber
    : [t.entryPayout, item.reference].filter(Boolean).join(" · ");
  const when = document.createElement("p");
  when.className = "text-muted";
  when.textContent = shortDate(item.created_at);
  what.append(words, when);
  const amount = document.createElement("p");
  amount.className = `text-lg font-bold whitespace-nowrap ${earning ? "text-leaf" : "text-ink"}`;
  amount.textContent = `${earning ? "+" : "−"}${money(item.amount)}`;
  li.append(what, amount);
  return li;
}

function render(data: Earnings): void {
  part("owed").textContent = money(data.owed);
  part("earned").textContent = money(data.earned);
  part("paid-out").textContent = money(data.paid_out);
  const any = data.entries.length > 0;
  summary.hidden = !any;
  empty.hidden = any;
  history.hidden = !any;
  entries.replaceChildren(...data.entries.map(entry));
}

/** Shows what the household is owed, earned and was paid; errors go to `onError`. */
export async function showEarnings(household: string, onError: (error: unknown) => void): Promise<void> {
  shown = household;
  onReload = () => void showEarnings(household, onError);
  showView("earnings");
  [summary.hidden, empty.hidden, history.hidden, reload.hidden] = [true, true, true, true];
  entries.replaceChildren();
  status.textContent = t.loading;
  try {
    const data = await ordersApi.earnings(household);
    if (shown !== household) return;
    status.textContent = "";
    render(data);
  } catch (error) {
    if (shown !== household) return;
    status.textContent = "";
    reload.hidden = false;
    onError(error);
  }
}
