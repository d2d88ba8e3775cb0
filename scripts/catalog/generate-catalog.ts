import { DESCRIPTION_PHRASES, FAMILY_NAMES, GIVEN_NAMES, KINDS, PLACES, QUALIFIERS } from "./generate-catalog-vocabulary.ts"

/** A synthetic product with what the search index reads from a real one. */
export type SyntheticProduct = {
  handle: string
  title: { vi: string; en: string }
  description: { vi: string; en: string }
  category: string
  tags: string[]
  producer: { handle: string; name: string; area: string; area_name: string }
  price_vnd: number
  stock: number
  ocop_stars: number | null
  created_at: string
}

/** mulberry32: a tiny seeded generator, so the same seed always yields the same catalog. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase()
}

function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
}

/**
 * `count` Vietnamese-looking products across a few thousand households, deterministic for
 * a given `seed`. Handles are unique (a running number), prices are whole đồng.
 */
export function generateCatalog({ count, seed = 20261128 }: { count: number; seed?: number }): SyntheticProduct[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const households = Math.max(1, Math.round(count / 25))
  const products: SyntheticProduct[] = []
  for (let i = 0; i < count; i += 1) {
    const kind = pick(KINDS)
    const qualifier = pick(QUALIFIERS)
    const household = Math.floor(next() * households)
    // A household lives in one place and its goods carry that place's name.
    const place = PLACES[household % PLACES.length]
    const given = GIVEN_NAMES[(household * 7) % GIVEN_NAMES.length]
    const name = `Hộ ${given.startsWith("Thị") ? "bà" : "ông"} ${FAMILY_NAMES[household % FAMILY_NAMES.length]} ${given}`
    const title = `${kind.vi} ${qualifier.vi} ${place.vi}`
    const phrases = [pick(DESCRIPTION_PHRASES), pick(DESCRIPTION_PHRASES)]
    products.push({
      handle: `${slug(title)}-${i + 1}`,
      title: { vi: title, en: `${place.vi} ${qualifier.en} ${kind.en}` },
      description: {
        vi: `${kind.vi} ${place.vi}, ${phrases.join(", ")}.`,
        en: `${qualifier.en} ${kind.en} from ${place.vi}.`,
      },
      category: kind.category,
      tags: [kind.vi.toLowerCase(), qualifier.vi],
      producer: { handle: `ho-tong-hop-${household + 1}`, name, area: place.area, area_name: place.vi },
      price_vnd: (Math.floor(next() * 200) + 2) * 5_000,
      stock: next() < 0.15 ? 0 : Math.floor(next() * 200),
      ocop_stars: next() < 0.3 ? 3 + Math.floor(next() * 3) : null,
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })
  }
  return products
}
