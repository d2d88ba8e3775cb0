import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcilePayments } from "@/workflows/reconcile/reconcile-payments"
import { reconcileSettings } from "@/workflows/reconcile/reconcile-settings"

/**
 * Every two minutes (RECONCILE_PAYMENTS_EVERY_SECONDS): payments without orders and orders
 * without payments are settled, each action written to the log for the operator.
 */
export default async function reconcilePaymentsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const result of await reconcilePayments(container)) {
    const line = `Reconcile payments: ${result.subject} → ${result.action} (${result.reason})`
    if (result.error) logger.error(`${line} failed: ${result.error}`)
    else logger.info(line)
  }
}

export const config = { name: "reconcile-payments", schedule: { interval: reconcileSettings().everyMs } }
