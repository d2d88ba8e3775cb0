import { fill, type BookingText } from "@storefront/components/experience/booking-text.ts";
import { ApiError, storeCall } from "../cart/api.ts";
import { addToCart } from "../cart/cart-api.ts";
import { clampQuantity, initSteppers } from "../cart/stepper.ts";
import { calendarWeeks, canPick, maxGuests, mondayIndex, type Day } from "./calendar.ts";

/** Eight weeks from today: enough to plan a trip, small enough for a weak 3G connection. */
const DAYS_SHOWN = 56;

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-booking]")) {
  const handle = form.dataset["booking"] ?? "";
  const t = JSON.parse(form.dataset["text"] ?? "{}") as BookingText;
  const part = (name: string) => form.querySelector<HTMLElement>(`[data-part=${name}]`) as HTMLElement;
  const guests = form.querySelector<HTMLInputElement>("input[name=quantity]") as HTMLInputElement;
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]") as HTMLButtonElement;
  let days: Day[] = [];
  initSteppers(form);

  const chosenDay = (): Day | undefined => {
    const picked = form.querySelector<HTMLInputElement>("input[name=date]:checked");
    return days.find((day) => day.variant_id === picked?.value);
  };

  form.addEventListener("change", (event) => {
    if ((event.target as HTMLInputElement).name !== "date") return;
    const day = chosenDay();
    if (!day) return;
    guests.max = String(maxGuests(day));
    guests.value = String(clampQuantity(Number(guests.value) || 1, 1, maxGuests(day)));
    part("chosen").textContent = fill(t.chosen, { date: shortDate(day.date, true), n: day.left });
    part("message").textContent = "";
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const day = chosenDay();
    const count = Number(guests.value);
    part("added").hidden = true;
    if (!day || !canPick(day)) {
      part("message").textContent = t.pickFirst;
      return;
    }
    if (!Number.isInteger(count) || count < 1 || count > day.left) {
      part("message").textContent = fill(t.tooMany, { n: day.left });
      return;
    }
    button.disabled = true;
    button.textContent = t.booking;
    part("message").textContent = "";
    addToCart(day.variant_id as string, count)
      .then(() => {
        part("message").textContent = t.booked;
        part("added").hidden = false;
      })
      .catch((error: unknown) => {
        // The server's words (cut-off, "hết hàng") are clearer than ours.
        part("message").textContent = error instanceof ApiError
          ? error.status === 0 ? t.offline : error.message || t.serverError
          : t.serverError;
      })
      .finally(() => {
        button.disabled = false;
        button.textContent = t.book;
      });
  });

  storeCall<{ dates: Day[] }>("GET", `/store/experiences/${encodeURIComponent(handle)}/availability?days=${DAYS_SHOWN}`)
    .then(({ dates }) => {
      days = dates;
      part("calendar").replaceChildren(...drawCalendar(dates, t));
      part("calendar-status").textContent = "";
    })
    .catch(() => {
      part("calendar-status").textContent = t.loadFailed;
    });
}

function shortDate(date: string, withYear = false): string {
  const [year, month, day] = date.split("-");
  return withYear ? `${day}/${month}/${year}` : `${Number(day)}/${Number(month)}`;
}

function drawCalendar(dates: Day[], t: BookingText): HTMLElement[] {
  const head = row(t.weekdays.map((name) => cell("span", name, "text-center text-sm font-semibold text-muted")));
  head.setAttribute("aria-hidden", "true");
  return [head, ...calendarWeeks(dates).map((week) => row(week.map((day) => (day ? dayCell(day, t) : cell("span", "", "")))))];
}

function row(cells: HTMLElement[]): HTMLElement {
  const element = document.createElement("div");
  element.className = "grid grid-cols-7 gap-px";
  element.append(...cells);
  return element;
}

function cell(tag: string, text: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** A date as a radio button in a tile: its day, and the places left in small print. */
function dayCell(day: Day, t: BookingText): HTMLElement {
  const open = canPick(day);
  const [, month, date] = day.date.split("-");
  const values = { weekday: t.weekdayNames[mondayIndex(day.date)] ?? "", day: Number(date), month: Number(month), n: day.left };
  const label = document.createElement("label");
  label.className = open
    ? "flex min-h-14 min-w-11 cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-ink bg-card px-0.5 text-center has-[:checked]:bg-indigo has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3"
    : "flex min-h-14 flex-col items-center justify-center rounded-lg border-2 border-line px-0.5 text-center text-muted line-through decoration-1";
  const input = document.createElement("input");
  input.type = "radio";
  input.name = "date";
  input.value = day.variant_id ?? "";
  input.disabled = !open;
  input.className = "sr-only";
  input.dataset["date"] = day.date;
  input.setAttribute("aria-label", fill(open ? t.dayLabel : day.bookable ? t.dayLabelFull : t.dayLabelClosed, values));
  const first = date === "01" ? shortDate(day.date) : String(Number(date));
  label.append(input, cell("span", first, "text-lg font-bold leading-tight"), cell("span", open ? fill(t.left, values) : day.bookable ? t.full : t.closed, "text-xs leading-tight"));
  return label;
}
