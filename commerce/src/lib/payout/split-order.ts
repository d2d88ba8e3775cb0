/** One household's part of an order, in integer đồng. */
export type PayoutInput = { producerId: string; itemsTotal: number; shipping: number }

export type HouseholdPayout = {
  producerId: string
  items_total: number
  shipping_total: number
  fee: number
  payout_amount: number
}

export type LedgerEntry = { kind: "earning" | "payout"; amount: number }

const MAX_FEE_BPS = 10_000

/**
 * What each household is owed for its part of an order. The market's fee is taken on the
 * goods only, rounded down so a household never loses a part of a đồng; shipping passes
 * through whole because the household pays the carrier. Parcels of the same household add up.
 */
export function splitOrder(parcels: readonly PayoutInput[], feeBps = 0): HouseholdPayout[] {
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > MAX_FEE_BPS) {
    throw new RangeError(`feeBps must be a whole number from 0 to ${MAX_FEE_BPS}, got ${feeBps}`)
  }
  const byHousehold = new Map<string, { items: number; shipping: number }>()
  for (const parcel of parcels) {
    assertAmount(parcel.itemsTotal, "itemsTotal")
    assertAmount(parcel.shipping, "shipping")
    const sums = byHousehold.get(parcel.producerId) ?? { items: 0, shipping: 0 }
    sums.items += parcel.itemsTotal
    sums.shipping += parcel.shipping
    byHousehold.set(parcel.producerId, sums)
  }
  return [...byHousehold].map(([producerId, { items, shipping }]) => {
    // BigInt keeps items × bps exact past 2^53 (a 10^12 ₫ order at 10 000 bps).
    const fee = Number((BigInt(items) * BigInt(feeBps)) / BigInt(MAX_FEE_BPS))
    return { producerId, items_total: items, shipping_total: shipping, fee, payout_amount: items + shipping - fee }
  })
}

/** What the market still owes a household: everything earned less everything paid out. */
export function owedBalance(entries: readonly LedgerEntry[]): number {
  return entries.reduce((balance, entry) => {
    assertAmount(entry.amount, entry.kind)
    return entry.kind === "earning" ? balance + entry.amount : balance - entry.amount
  }, 0)
}

function assertAmount(value: number, name: string) {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be whole đồng ≥ 0, got ${value}`)
  }
}
