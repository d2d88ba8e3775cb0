import { z } from "zod"

const seconds = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback)

const SettingsSchema = z.object({
  /** How often the job looks (Medusa's scheduler takes an interval in milliseconds). */
  RECONCILE_PAYMENTS_EVERY_SECONDS: seconds(120, 3600),
  /**
   * A checkout untouched for this long is settled; younger ones may still be running (a
   * card being typed in, a completion under load). Five minutes by default.
   */
  RECONCILE_PAYMENTS_AFTER_SECONDS: seconds(300, 86_400),
  /** How far back it looks; Stripe lets an authorisation lapse after 7 days. */
  RECONCILE_PAYMENTS_LOOKBACK_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(72),
})

export type ReconcileSettings = { everyMs: number; afterMs: number; lookbackMs: number }

/** The reconciliation's timings from the environment (the chaos test shortens them). */
export function reconcileSettings(env: NodeJS.ProcessEnv = process.env): ReconcileSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([name, value]) => name.startsWith("RECONCILE_") && value))
  const parsed = SettingsSchema.parse(present)
  return {
    everyMs: parsed.RECONCILE_PAYMENTS_EVERY_SECONDS * 1000,
    afterMs: parsed.RECONCILE_PAYMENTS_AFTER_SECONDS * 1000,
    lookbackMs: parsed.RECONCILE_PAYMENTS_LOOKBACK_HOURS * 3_600_000,
  }
}
