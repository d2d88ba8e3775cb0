import { z } from "zod"

const days = (fallback: number, max: number) => z.coerce.number().int().min(0).max(max).default(fallback)

const ExperienceSettings = z.object({
  /** Days before a date when booking closes: 2 means nothing for today or tomorrow. */
  EXPERIENCE_CUTOFF_DAYS: days(2, 60),
  /** A visitor may cancel until this many days before the date. */
  EXPERIENCE_CANCEL_DAYS: days(3, 60),
  /** How far ahead dates can be booked; the daily job adds the new last day. */
  EXPERIENCE_HORIZON_DAYS: days(120, 366).refine((value) => value >= 1, "must be at least 1"),
})

export type ExperienceSettings = {
  cutoffDays: number
  cancelDays: number
  horizonDays: number
}

/** Booking rules from the environment (checked, with defaults); an experience may set its own cut-off. */
export function experienceSettings(env: NodeJS.ProcessEnv = process.env): ExperienceSettings {
  const parsed = ExperienceSettings.parse({
    EXPERIENCE_CUTOFF_DAYS: env.EXPERIENCE_CUTOFF_DAYS || undefined,
    EXPERIENCE_CANCEL_DAYS: env.EXPERIENCE_CANCEL_DAYS || undefined,
    EXPERIENCE_HORIZON_DAYS: env.EXPERIENCE_HORIZON_DAYS || undefined,
  })
  return {
    cutoffDays: parsed.EXPERIENCE_CUTOFF_DAYS,
    cancelDays: parsed.EXPERIENCE_CANCEL_DAYS,
    horizonDays: parsed.EXPERIENCE_HORIZON_DAYS,
  }
}

/** The cut-off of one experience: its own `metadata.cutoff_days` when set, else the market's. */
export function cutoffDaysOf(metadata: Record<string, unknown> | null | undefined, fallback: number): number {
  const own = metadata?.cutoff_days
  return typeof own === "number" && Number.isInteger(own) && own >= 0 ? own : fallback
}
