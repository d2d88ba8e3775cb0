/**
 * Places left on a date as the calendar shows it: what is stocked minus what checkouts have
 * reserved, never below zero (an operator lowering the capacity under the bookings made
 * shows 0, not a negative number), and 0 once the date is past the booking cut-off.
 */
export function placesLeft(level: { stocked: number; reserved: number }, bookable: boolean): number {
  if (!bookable) return 0
  return Math.max(0, Math.floor(level.stocked) - Math.floor(level.reserved))
}

/** The dates of the horizon that have no bookable variant yet, in order. */
export function missingDates(horizon: readonly string[], existing: Iterable<string>): string[] {
  const have = new Set(existing)
  return horizon.filter((date) => !have.has(date))
}
