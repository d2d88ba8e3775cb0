import type { AddressInput } from "./types.ts";

export function readAddress(form: HTMLFormElement): AddressInput {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? "");
  const email = value("email").trim();
  return {
    name: value("name"),
    phone: value("phone"),
    province_code: value("province_code"),
    ward: value("ward"),
    street: value("street"),
    ...(email ? { email } : {}),
  };
}

export function clearFieldErrors(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll<HTMLElement>("[data-error]")) el.textContent = "";
  for (const el of form.querySelectorAll<HTMLElement>("[aria-invalid]")) el.removeAttribute("aria-invalid");
}

/**
 * Puts each message beside its field (linked by aria-describedby in the markup), marks the
 * field invalid and moves focus to the first one in form order. Returns false when none.
 */
export function showFieldErrors(form: HTMLFormElement, errors: Record<string, string>): boolean {
  clearFieldErrors(form);
  let first: HTMLElement | null = null;
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]")) {
    const message = errors[control.name];
    if (!message) continue;
    control.setAttribute("aria-invalid", "true");
    const slot = form.querySelector<HTMLElement>(`[data-error="${control.name}"]`);
    if (slot) slot.textContent = message;
    first ??= control;
  }
  first?.focus();
  return first !== null;
}
