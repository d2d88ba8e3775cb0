/** Makes every −/+ pair inside `scope` change its number field, within the field's min and max. */
export function initSteppers(scope: ParentNode, onChange?: (input: HTMLInputElement) => void): void {
  scope.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("[data-step]");
    if (!button) return;
    const input = document.getElementById(button.getAttribute("aria-controls") ?? "") as HTMLInputElement | null;
    if (!input) return;
    const next = clampQuantity((Number.parseInt(input.value, 10) || 0) + Number(button.dataset["step"]), Number(input.min || 1), Number(input.max || 99));
    if (String(next) === input.value) return;
    input.value = String(next);
    onChange?.(input);
  });
}

export function clampQuantity(value: number, min = 1, max = 99): number {
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
