import type { ShippingZone } from "../vn/provinces"

/**
 * Price of one parcel leaving Cao Bằng, in integer đồng, shaped like the domestic tables of
 * Vietnamese carriers (GHN, GHTK, Viettel Post): a price for the first 500 g, then a fixed
 * amount for every further 500 g or part of it.
 *
 * | zone     | up to 500 g | each further 500 g started |
 * |----------|------------:|---------------------------:|
 * | cao-bang |    16.000 ₫ |                    2.500 ₫ |
 * | north    |    22.000 ₫ |                    4.000 ₫ |
 * | central  |    30.000 ₫ |                    5.000 ₫ |
 * | south    |    32.000 ₫ |                    5.000 ₫ |
 */
export const RATES: Readonly<Record<ShippingZone, { first: number; step: number }>> = Object.freeze({
  "cao-bang": { first: 16_000, step: 2_500 },
  north: { first: 22_000, step: 4_000 },
  central: { first: 30_000, step: 5_000 },
  south: { first: 32_000, step: 5_000 },
})

/** The weight bought by the first price, and the size of each step after it. */
export const STEP_GRAMS = 500

/** What one parcel of this weight (whole grams) costs to send to this zone. */
export function parcelRate(zone: ShippingZone, weightGrams: number): number {
  if (!Number.isInteger(weightGrams) || weightGrams < 0) {
    throw new RangeError(`weight must be whole grams ≥ 0, got ${weightGrams}`)
  }
  const { first, step } = RATES[zone]
  const extraSteps = Math.max(0, Math.ceil((weightGrams - STEP_GRAMS) / STEP_GRAMS))
  return first + extraSteps * step
}
