import type { Locale } from "./locale.ts";

/**
 * Formats an integer number of đồng: vi `180.000 ₫`, en `₫180,000`.
 * Written by hand rather than with Intl because ICU puts a no-break space before ₫
 * in vi and varies between versions; pages and tests need one exact, plain string.
 * Keep prices from wrapping with CSS (`white-space: nowrap`), not with U+00A0.
 */
export function formatVnd(amount: number, locale: Locale): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`formatVnd expects an integer number of đồng, got ${amount}`);
  }
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.abs(amount));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return locale === "vi"
    ? `${sign}${groups.join(".")} ₫`
    : `${sign}₫${groups.join(",")}`;
}
