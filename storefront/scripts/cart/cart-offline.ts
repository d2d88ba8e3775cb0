import { part } from "./dom.ts";

/**
 * Offline, the cart's buttons and quantity fields are switched off (a change could not reach
 * the server) and the checkout link gives way to a sentence saying ordering needs a connection.
 */
export function showOfflineControls(page: HTMLElement, offline: boolean): void {
  for (const control of part(page, "groups").querySelectorAll<HTMLButtonElement | HTMLInputElement>("button, input")) {
    control.disabled = offline;
  }
  part(page, "to-checkout").hidden = offline;
  part(page, "need-network").hidden = !offline;
}
