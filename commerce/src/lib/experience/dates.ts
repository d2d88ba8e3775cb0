import { MedusaError } from "@medusajs/framework/utils"

/**
 * Booking dates are calendar days in Vietnam (UTC+7 all year, no summer time), written
 * "YYYY-MM-DD": a visitor in Hà Nội and a server in UTC must agree on what "tomorrow" is.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60_000
const DAY_MS = 24 * 60 * 60_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today's date in Vietnam at the instant `now`. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/** True for a real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isBookingDate(value: unknown): value is string {
  if (typeof value !== "string") return false
  const match = DATE.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function dayNumber(date: string): number {
  if (!isBookingDate(date)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Ngày không hợp lệ: ${date}`)
  }
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** `count` consecutive dates starting at `first`. */
export function dateRange(first: string, count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i))
}

/** The first date that can still be booked today: `cutoffDays` after today (2 → not today or tomorrow). */
export function firstBookableDate(today: string, cutoffDays: number): string {
  return addDays(today, cutoffDays)
}

export function isBookable(date: string, today: string, cutoffDays: number): boolean {
  return daysBetween(today, date) >= cutoffDays
}

/** A visitor may cancel while at least `cancelDays` whole days remain before the date. */
export function isCancellable(date: string, today: string, cancelDays: number): boolean {
  return daysBetween(today, date) >= cancelDays
}

/** 2026-12-05 → "05/12/2026", as Vietnamese people write dates. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split("-")
  return `${day}/${month}/${year}`
}
