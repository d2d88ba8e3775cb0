import { describe, expect, it } from "vitest";
import { calendarWeeks, canPick, maxGuests, mondayIndex, type Day } from "./calendar.ts";

const day = (date: string, left = 5, bookable = true): Day => ({ date, variant_id: `v_${date}`, left, bookable });

function run(first: string, count: number): Day[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => day(new Date(start + i * 86_400_000).toISOString().slice(0, 10)));
}

describe("mondayIndex", () => {
  it.each([
    ["2026-11-30", 0],
    ["2026-12-05", 5],
    ["2026-12-06", 6],
  ])("%s is day %i of its week", (date, index) => {
    expect(mondayIndex(date)).toBe(index);
  });
});

describe("calendarWeeks", () => {
  it.each([
    ["2026-11-30", 7, 1, 0],
    ["2026-11-28", 7, 2, 5],
    ["2026-12-06", 56, 9, 6],
    ["2026-12-01", 1, 1, 1],
  ])("%s + %i days → %i full weeks, %i empty cells first", (first, count, weeks, lead) => {
    const days = run(first, count);
    const grid = calendarWeeks(days);
    expect(grid).toHaveLength(weeks);
    for (const week of grid) expect(week).toHaveLength(7);
    expect((grid[0] ?? []).slice(0, lead).every((cell) => cell === null)).toBe(true);
    // Every date appears once, in order, in its weekday's column.
    const placed = grid.flat().filter((cell): cell is Day => cell !== null);
    expect(placed.map((d) => d.date)).toEqual(days.map((d) => d.date));
    grid.forEach((week) => week.forEach((cell, column) => cell && expect(mondayIndex(cell.date)).toBe(column)));
  });

  it("draws nothing for no dates", () => {
    expect(calendarWeeks([])).toEqual([]);
  });
});

describe("picking a date", () => {
  it.each([
    [day("2026-12-05", 3), true, 3],
    [day("2026-12-05", 0), false, 1],
    [day("2026-12-05", 4, false), false, 4],
    [{ ...day("2026-12-05", 4), variant_id: null }, false, 4],
    [day("2026-12-05", 150), true, 99],
  ])("%o → pickable %s, up to %i guests", (d, pickable, most) => {
    expect(canPick(d)).toBe(pickable);
    expect(maxGuests(d)).toBe(most);
  });
});
