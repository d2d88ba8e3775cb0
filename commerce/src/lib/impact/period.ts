/** Vietnam keeps UTC+7 all year, so a calendar day there is a fixed 24-hour span. */
const VIETNAM_OFFSET = "+07:00"

export type Period = { from?: string; to?: string }
export type PeriodRange = { $gte?: Date; $lt?: Date }

/** A YYYY-MM-DD that names a real day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00${VIETNAM_OFFSET}`)
}

/** `from` and `to` are whole days in Vietnam time, both included; either may be left open. */
export function periodRange({ from, to }: Period): PeriodRange {
  const range: PeriodRange = {}
  if (from) range.$gte = startOfDay(from)
  if (to) range.$lt = new Date(startOfDay(to).getTime() + 24 * 60 * 60 * 1000)
  return range
}
