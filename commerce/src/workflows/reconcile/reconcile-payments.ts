import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { findUnsettled } from "./find-unsettled"
import { reconcileSettings, type ReconcileSettings } from "./reconcile-settings"
import { settleCheckout, type SettledCheckout } from "./settle-checkout"

/**
 * Finds payments without orders and orders without payments (or parcels), and settles each:
 * the order is made or finished, or the order cancelled and the money given back. One run at
 * a time across every instance (a lock); a checkout settled once looks settled to the next
 * run, so running twice settles once. Returns what it did, checkouts left waiting excluded.
 */
export async function reconcilePayments(
  container: MedusaContainer,
  now = new Date(),
  settings: ReconcileSettings = reconcileSettings(),
): Promise<SettledCheckout[]> {
  const locking = container.resolve(Modules.LOCKING)
  try {
    return await locking.execute("reconcile-payments", () => reconcileOnce(container, now, settings), { timeout: 1 })
  } catch (error) {
    // Another instance is reconciling right now; it will settle what we would have.
    if (error instanceof Error && /timed? ?out/i.test(error.message)) return []
    throw error
  }
}

async function reconcileOnce(container: MedusaContainer, now: Date, settings: ReconcileSettings): Promise<SettledCheckout[]> {
  const cutoff = now.getTime() - settings.afterMs
  const settled: SettledCheckout[] = []
  for (const checkout of await findUnsettled(container, now, settings.lookbackMs)) {
    const result = await settleCheckout(container, checkout, checkout.touchedAt.getTime() < cutoff)
    if (result.action !== "wait" && result.action !== "none") settled.push(result)
  }
  return settled
}
