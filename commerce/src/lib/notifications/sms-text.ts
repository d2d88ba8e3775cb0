/**
 * SMS to cheap phones: tone marks turn a message into UCS-2 (70 characters a part instead of
 * 160) and some phones and carriers garble them, so messages go out as Vietnamese without
 * marks ("khong dau"), the way Vietnamese banks and shops send theirs.
 */
export function smsText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[‐-―]/g, "-")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\x20-\x7E]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim()
}

/** 180000 → "180.000d": an amount in đồng a person reads at a glance. */
export function smsVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`smsVnd expects whole đồng, got ${amount}`)
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}d`
}
