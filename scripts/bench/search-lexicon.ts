/**
 * Words a real catalog's lexicon holds beyond the synthetic catalog's ~500: English words
 * of descriptions, names, units and codes. Made up, deterministic, in the proportions the
 * lead's long-used database showed (most entries carry digits: phone numbers, weights,
 * codes). The typo lookup's cost grows with them; the search benchmark adds them so its
 * figures are not those of an unrealistically small vocabulary.
 */
export function extraWords(count: number, seed = 20261128): string[] {
  let state = seed >>> 0
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = (letters: string) => letters[Math.floor(next() * letters.length)]
  const words = new Set<string>()
  while (words.size < count) {
    if (next() < 0.4) {
      words.add(`${Math.floor(next() * 5000)}${["g", "kg", "ml", "", "k", "cm"][Math.floor(next() * 6)]}`)
      continue
    }
    const syllables = 2 + Math.floor(next() * 5)
    let word = ""
    for (let i = 0; i < syllables; i += 1) word += pick("bcdfghklmnprstvwy") + pick("aeiouy")
    words.add(word)
  }
  return [...words]
}
