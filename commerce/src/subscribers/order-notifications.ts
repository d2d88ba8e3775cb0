import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loadOrderNotices } from "@/lib/notifications/load-order-notices"

/** A second delivery of the event loses the race on the unique idempotency key; nothing more to send. */
function isDuplicateKey(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code ?? "")}` : String(error)
  return /idempotency_key|already exists|23505|duplicate key/i.test(text)
}

/**
 * When an order is placed: a confirmation to the buyer and a new-order notice to each
 * household. Each message carries a per-order, per-recipient idempotency key, so an event
 * delivered twice (a retry, a second worker) sends nothing twice.
 */
export default async function orderNotificationsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const notices = await loadOrderNotices(container, event.data.id)
  if (notices.length === 0) return
  const notification = container.resolve(Modules.NOTIFICATION)
  try {
    await notification.createNotifications(notices)
  } catch (error) {
    if (isDuplicateKey(error)) return
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.error(`Order ${event.data.id}: messages not sent: ${error instanceof Error ? error.message : String(error)}`)
    throw error
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
