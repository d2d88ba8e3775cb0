/** One date as GET /store/experiences/:handle/availability returns it. */
export interface Day {
  date: string;
  variant_id: string | null;
  left: number;
  bookable: boolean;
}

/** Weekday of a YYYY-MM-DD date, Monday = 0 … Sunday = 6 (weeks start on Monday in Vietnam). */
export function mondayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * Lays consecutive dates out in weeks of seven, Monday first, with empty cells before the
 * first date and after the last so every row is a full week.
 */
export function calendarWeeks(days: readonly Day[]): (Day | null)[][] {
  const first = days[0];
  if (first === undefined) return [];
  const cells: (Day | null)[] = [...Array<null>(mondayIndex(first.date)).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (Day | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** A date a visitor can pick: bookable, with a variant, with at least one place. */
export function canPick(day: Day): boolean {
  return day.bookable && day.variant_id !== null && day.left > 0;
}

/** How many guests the stepper allows for a date: 1 … places left (never above 99). */
export function maxGuests(day: Day): number {
  return Math.max(1, Math.min(99, day.left));
}
