/**
 * Vietnamese text folding shared by indexing, querying and highlighting. Buyers type on
 * phone keyboards without tone marks, with "d" for "đ", in NFC or NFD; folding both the
 * documents and the query to the same ASCII form is what lets any of those match.
 */

const COMBINING_MARKS = /\p{M}+/gu
// Apostrophes inside names ("H'Mông") are dropped rather than split on, so "hmong",
// "h'mong" and "H'Mông" all become the single token "hmong".
const APOSTROPHES = /['’ʼ`]/g
const WORD = /[\p{L}\p{N}]+/gu

/** Lower-case ASCII form of one piece of text: tone marks stripped, đ→d, apostrophes dropped. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(APOSTROPHES, "")
    .toLowerCase()
}

/** Folded words of a text, in order, duplicates kept (highlighting needs positions). */
export function foldedWords(text: string): string[] {
  return fold(text).match(WORD) ?? []
}

/** NFC lower-case words with their tone marks, for rewarding an exactly-accented match. */
export function accentedWords(text: string): string[] {
  return (text.normalize("NFC").replace(APOSTROPHES, "").toLowerCase().match(WORD) ?? []).filter(
    (word) => /[^\x00-\x7f]/.test(word)
  )
}

/** Whether a query was typed with Vietnamese marks at all. */
export function hasMarks(text: string): boolean {
  return fold(text) !== text.normalize("NFC").replace(APOSTROPHES, "").toLowerCase()
}
