/** Shown to a seller whose number cannot be a Vietnamese mobile number. */
export const INVALID_PHONE_MESSAGE = "Số điện thoại không đúng. Ví dụ: 0912 345 678"

/** Mobile prefixes after the leading 0 since the 2018 renumbering (03, 05, 07, 08, 09). */
const NATIONAL_MOBILE = /^0[35789]\d{8}$/

/**
 * Turns what a seller types (`0912 345 678`, `+84912345678`, `84912345678`, `0084…`)
 * into one national form, `0912345678`, so the three spellings are the same account.
 * Returns null for anything that is not a Vietnamese mobile number.
 */
export function normalizeVnPhone(input: string): string | null {
  if (input.length > 32) {
    return null
  }
  // Separators people type or paste: spaces (also non-breaking), dots, dashes, brackets.
  const compact = input.trim().replace(/[\s.\-()\u00a0]/g, "")
  const national = toNational(compact)
  return national && NATIONAL_MOBILE.test(national) ? national : null
}

function toNational(compact: string): string | null {
  if (/^\+84\d+$/.test(compact)) {
    return `0${compact.slice(3)}`
  }
  if (/^0084\d+$/.test(compact)) {
    return `0${compact.slice(4)}`
  }
  if (/^84\d{9}$/.test(compact)) {
    return `0${compact.slice(2)}`
  }
  return /^0\d+$/.test(compact) ? compact : null
}
