import type { SyntheticProduct } from "#scripts/catalog/generate-catalog.ts"

export type KnownItemQuery = { q: string; title: string; typo: boolean }

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase()
}

/** Swaps two neighbouring letters of the longest word: one typo, as a thumb makes it. */
function withTypo(text: string): string {
  const words = text.split(" ")
  const longest = words.reduce((best, word, i) => (word.length > words[best].length ? i : best), 0)
  const word = words[longest]
  const at = Math.floor(word.length / 2) - 1
  words[longest] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  return words.join(" ")
}

/**
 * Known-item queries: a product's title typed without marks, and the same with one typo.
 * Synthetic titles repeat, so a hit counts when its title is the one asked for.
 */
export function knownItemQueries(products: SyntheticProduct[], count: number): KnownItemQuery[] {
  const step = Math.max(1, Math.floor(products.length / count))
  const picked = products.filter((_, i) => i % step === 0).slice(0, count)
  return picked.flatMap((p) => {
    const plain = fold(p.title.vi)
    return [
      { q: plain, title: p.title.vi, typo: false },
      { q: withTypo(plain), title: p.title.vi, typo: true },
    ]
  })
}
