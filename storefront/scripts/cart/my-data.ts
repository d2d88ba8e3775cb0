import type { CartText } from "@storefront/components/cart/cart-text.ts";
import { ApiError } from "./api.ts";
import { fill, part } from "./dom.ts";
import { errorText } from "./errors.ts";
import { eraseMyData, exportMyData, type Proof } from "./my-data-api.ts";

/**
 * The "Your data" section under a found order: download everything kept about its phone, or
 * erase the buyer's details after a plain confirmation. It acts only on the pair that found
 * the order, so nobody reaches it without the proof.
 */
export function myDataSection(page: HTMLElement, t: CartText, onErased: () => void) {
  const section = part(page, "my-data");
  const status = part(section, "my-data-status");
  const download = part<HTMLButtonElement>(section, "my-data-download");
  const erase = part<HTMLButtonElement>(section, "my-data-erase");
  const intro = part(section, "my-data-intro");
  const dialog = part<HTMLDialogElement>(page, "erase-dialog");
  const yes = part<HTMLButtonElement>(dialog, "erase-yes");
  let proof: Proof | null = null;

  function offer(on: boolean): void {
    for (const el of [intro, download, erase]) el.hidden = !on;
  }

  function say(text: string, failed: boolean): void {
    status.textContent = text;
    status.classList.toggle("text-brick", failed);
  }

  /** In the page's language: the server words its answers in Vietnamese only. */
  function failure(error: unknown): string {
    if (error instanceof ApiError && error.status === 429) return t.tooMany;
    const waiting = error instanceof ApiError && error.status === 409 ? error.body["orders_in_progress"] : undefined;
    if (Array.isArray(waiting) && waiting.length > 0) return fill(t.eraseWait, { orders: waiting.join(", ") });
    if (error instanceof ApiError && error.status === 404) return t.notFound;
    return errorText(error, t);
  }

  function busy(button: HTMLButtonElement, label: string, work: () => Promise<void>): void {
    const idle = button.textContent ?? "";
    button.disabled = true;
    button.textContent = label;
    work()
      .catch((error: unknown) => say(failure(error), true))
      .finally(() => {
        button.disabled = false;
        button.textContent = idle;
      });
  }

  download.addEventListener("click", () => {
    if (!proof) return;
    const pair = proof;
    say("", false);
    busy(download, t.downloading, async () => {
      const file = await exportMyData(pair);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(file.blob);
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(fill(t.downloaded, { file: file.fileName }), false);
    });
  });

  erase.addEventListener("click", () => {
    say("", false);
    // Escape keeps the last returnValue: clear it so only a press of "Xoá" counts.
    dialog.returnValue = "";
    dialog.showModal();
  });

  // "Thôi" closes the dialog with returnValue "no" (a form of method=dialog); only "Xoá" sends.
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "yes" || !proof) {
      erase.focus();
      return;
    }
    const pair = proof;
    busy(erase, t.erasing, async () => {
      const answer = await eraseMyData(pair);
      proof = null;
      onErased();
      offer(false);
      say(fill(t.erased, { count: String(answer.erased_orders) }), false);
      status.focus();
    });
  });
  yes.value = "yes";

  return {
    show(pair: Proof): void {
      proof = pair;
      say("", false);
      offer(true);
      section.hidden = false;
    },
    hide(): void {
      proof = null;
      section.hidden = true;
    },
  };
}
