/** Money as the operator reads it on a bank statement: whole đồng, dots between thousands. */

export function vnd(amount: number): string {
  return `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`
}

/**
 * What the operator typed as an amount, in whole đồng, or null when it is not one.
 * Accepts "180000", "180.000", "180,000", "180 000 ₫", "180.000đ": the separators a bank
 * statement or a phone keyboard gives. Decimals are refused (đồng has none).
 */
export function parseDong(text: string): number | null {
  const cleaned = text.trim().replace(/\s*(₫|đ|vnđ|vnd|đồng)$/i, "").trim()
  if (!/^\d{1,3}([.,\s]\d{3})*$|^\d+$/.test(cleaned)) return null
  const amount = Number(cleaned.replace(/[.,\s]/g, ""))
  return Number.isSafeInteger(amount) && amount > 0 ? amount : null
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" })
}
