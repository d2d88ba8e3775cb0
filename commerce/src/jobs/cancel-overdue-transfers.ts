import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOverdueTransfers } from "@/workflows/sale/cancel-overdue-transfers"

/** Every five minutes: unpaid VietQR orders past their window give their stock back. */
export default async function cancelOverdueTransfersJob(container: MedusaContainer) {
  const cancelled = await cancelOverdueTransfers(container)
  if (cancelled.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Cancelled unpaid VietQR orders: ${cancelled.join(", ")}`)
  }
}

export const config = { name: "cancel-overdue-transfers", schedule: "*/5 * * * *" }
